"""Which fused events the default views show: those the confidence model confirms.

Every view that lists events (CLI ``events``, ``timeline``, ``export``, ``report``;
the API's ``/api/events`` and ``/api/search``; the web UI's lists) shows an event
when one of its mentions reaches the display threshold fitted for precision
(``extract/event_classifier.py``, ``data/event_classifier.json``). ``--all`` on the
command line, ``all=true`` in the API and the web UI show everything; nothing is
ever deleted below the threshold.
"""

from __future__ import annotations

from eventwire.extract.event_classifier import display_threshold


def min_confidence(show_all: bool = False) -> float | None:
    """The lowest mention confidence an event needs to be listed (None: list everything)."""
    return None if show_all else display_threshold()
