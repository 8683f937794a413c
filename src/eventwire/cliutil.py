"""Shared pieces of the command line: the --db option, one-line errors, opening the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console

if TYPE_CHECKING:
    from eventwire.store import Store

DbOption = Annotated[str | None, typer.Option("--db", help="Store URL or SQLite path "
                                               "(default: $EVENTWIRE_DB, else ./eventwire.db).")]
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def printable(text: str) -> str:
    """The text as one printable line (lone surrogates escaped, line breaks folded)."""
    return " ".join(str(text).encode("utf-8", "backslashreplace").decode("utf-8").split())


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error to stderr and exit."""
    err.print(f"eventwire: {printable(message)}", markup=False)
    raise typer.Exit(code)


def open_store(db: str | None) -> Store:
    """The store named by --db / $EVENTWIRE_DB, or a one-line error."""
    from eventwire.store import Store, StoreError

    try:
        return Store(db)
    except StoreError as exc:
        fail(str(exc))
