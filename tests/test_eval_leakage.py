"""No sentence of the evaluation sets is copied into the repository (code, tests, docs)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from eventwire.evaluation.common import eval_dir, repo_root
from eventwire.evaluation.leakage import leaks


def _git_repo(path: Path, files: dict[str, str]) -> Path:
    """A git repository at ``path`` tracking ``files``."""
    for name, text in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_text(text)
    subprocess.run(["git", "init", "-q"], cwd=path, check=True)
    subprocess.run(["git", "add", "."], cwd=path, check=True)
    return path


def test_a_copied_sentence_is_found_and_labels_or_registry_names_are_not(tmp_path: Path):
    base = tmp_path / "eval"
    (base / "set").mkdir(parents=True)
    (base / "set" / "articles.jsonl").write_text(
        '{"text": "The envoy said the border crossing would reopen to traders on Monday '
        'morning. AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE"}\n')
    (base / "README.md").write_text("the border crossing would reopen to traders on Monday\n")
    repo = _git_repo(tmp_path / "repo", {
        "tests/test_x.py": 'TEXT = "Officials said the border crossing would reopen to traders."\n'
                           'OTHER = "The crossing opened on Monday, officials said."\n',
        "src/model.py": "TYPES = 'AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST'\n",
        "src/data/actors_orgs.json": '["the border crossing would reopen to traders on Monday"]\n',
    })
    assert leaks(repo, base) == {"tests/test_x.py:1": "set/articles.jsonl"}


@pytest.mark.skipif(eval_dir() is None, reason="evaluation data not present")
def test_the_repository_repeats_no_evaluation_text():
    found = leaks(repo_root(), eval_dir())
    assert not found, "lines repeating evaluation text (python -m eventwire.evaluation." \
                      f"leakage): {sorted(found)}"
