"""Shared helpers for evaluation modules: locate the eval data, write results.

Evaluation data is never part of the package. It is read from the directory
named by ``EVENTWIRE_EVAL_DIR`` or, by default, ``<repo>/../shared/eval``.
Results go to ``<repo>/eval-results/<name>.json``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ENV_VAR = "EVENTWIRE_EVAL_DIR"
RESULTS_DIR = "eval-results"
REPO_MARKER = "pyproject.toml"


def _find_repo(start: Path) -> Path | None:
    """The first ancestor of ``start`` (inclusive) holding pyproject.toml and src/."""
    for p in [start, *start.parents]:
        if (p / REPO_MARKER).is_file() and (p / "src").is_dir():
            return p
    return None


def repo_root() -> Path:
    """The repository root: found from this module's path, else from the cwd."""
    found = _find_repo(Path(__file__).resolve().parent) or _find_repo(Path.cwd().resolve())
    return found or Path.cwd().resolve()


def eval_dir() -> Path | None:
    """The evaluation data directory, or None when it does not exist."""
    env = os.environ.get(ENV_VAR)
    path = Path(env) if env else repo_root().parent / "shared" / "eval"
    return path if path.is_dir() else None


def eval_path(*parts: str) -> Path | None:
    """A path inside the evaluation directory, or None when it does not exist."""
    base = eval_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.exists() else None


def skip(what: str) -> None:
    """Print the standard skip message and exit 0."""
    print(f"skipped: {what} not found")
    sys.exit(0)


def write_results(name: str, results: dict[str, Any]) -> Path:
    """Write ``results`` as ``eval-results/<name>.json`` under the repo root; return the path."""
    out_dir = repo_root() / RESULTS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    path.write_text(json.dumps(results, indent=2, sort_keys=True, default=str) + "\n",
                    encoding="utf-8")
    return path


def print_table(rows: list[tuple[str, Any]], title: str = "") -> None:
    """Print ``(metric, value)`` rows as a two-column table."""
    if title:
        print(title)
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        shown = f"{value:.3f}" if isinstance(value, float) else str(value)
        print(f"  {key.ljust(width)}  {shown}")
