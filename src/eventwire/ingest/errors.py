"""The error every reader reports for bad input: which input, and what is wrong with it."""

from __future__ import annotations

MAX_MESSAGE_CHARS = 300


def _one_line(message: str) -> str:
    """Collapse a message to one line of bounded length."""
    line = " ".join(str(message).split())
    return line if len(line) <= MAX_MESSAGE_CHARS else line[: MAX_MESSAGE_CHARS - 1] + "…"


class InputError(Exception):
    """A bad input: ``source`` names it (path, URL, "stdin", "file.jsonl:LINE")."""

    def __init__(self, source: str, message: str) -> None:
        self.source = str(source)
        self.message = _one_line(message)
        super().__init__(f"{self.source}: {self.message}")

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"

    def to_dict(self) -> dict[str, str]:
        """The error as a JSON-ready dict."""
        return {"source": self.source, "error": self.message}
