"""Stored story profiles do not depend on the process's string hash seed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SRC = str(Path(__file__).resolve().parents[1] / "src")
SCRIPT = """
import json
from eventwire.fuse.profile import article_profile, merge_profiles
ex = {"title": "Harbour talks resume",
      "text": "Delegates met in 1987 and again in 2003, 2011, 1999 and 2019 at the old port.",
      "published": "2021-04-02",
      "times": [{"type": "DATE", "value": v} for v in
                ("2021-03-30", "2020-07", "2018", "2021-03-30", "2016-05-12", "2014")],
      "events": []}
art = article_profile(ex)
print(json.dumps([art, merge_profiles(art, art)]))
"""


def profile_bytes(seed: str) -> str:
    """The JSON of an article profile and a story profile computed under one hash seed."""
    env = {**os.environ, "PYTHONHASHSEED": seed,
           "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, check=True,
                          capture_output=True, text=True).stdout


def test_profile_json_is_the_same_under_every_hash_seed() -> None:
    """Key order of the years (and every other field) is fixed, so two stores built from the
    same articles are byte-identical."""
    outputs = {profile_bytes(seed) for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1
    art = json.loads(outputs.pop())[0]
    assert set(art["years"]) >= {"1987", "2003", "2011", "1999", "2019", "2021", "2020"}
