"""Write the verb dictionary's tables (``eventwire.fuse.coref.verb_tables``) out as package data.

Run after ``plover_cameo.json`` changes (``scripts/build_cameo_lexicon.py``): a fusing process
reads the written tables instead of building them from the dictionary (13-16 ms of CPU instead
of about 50), and builds them itself whenever the file was made of another dictionary.

    .venv/bin/python scripts/build_verb_tables.py
"""

from __future__ import annotations

from importlib import resources

from eventwire.fuse.coref import TABLES_FILE, write_verb_tables


def main() -> int:
    """Write ``TABLES_FILE`` next to the verb dictionary."""
    path = resources.files("eventwire.data").joinpath(TABLES_FILE)
    print(f"{path}: {write_verb_tables(path):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
