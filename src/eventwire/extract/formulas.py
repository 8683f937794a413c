"""Reporting formulas: what the reporter's sources did to talk to the press is no event.

"Two officials, speaking on condition of anonymity to discuss the raid, said ..."
and "spoke on condition of anonymity as she was not allowed to talk to the press":
the discussion is the source's conversation with the reporter, not a CONSULT
between the parties of the story.
"""

from __future__ import annotations

from typing import Any

ANONYMITY = "anonymity"
ON = "on"
MAX_UP = 3  # clauses above the trigger searched for the formula
FORMULA_TYPES = ("CONSULT",)


def _on_condition_of_anonymity(tok: Any) -> bool:
    """True when the verb carries 'on (the) condition of anonymity'."""
    return any(c.dep_ == "prep" and c.lower_ == ON and
               any(t.lemma_.lower() == ANONYMITY for t in c.subtree) for c in tok.children)


def reporting_formula(etype: str, tok: Any) -> bool:
    """True for a CONSULT trigger inside the anonymity formula of a news source."""
    if etype not in FORMULA_TYPES:
        return False
    t = tok
    for _ in range(MAX_UP):
        if _on_condition_of_anonymity(t):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return _on_condition_of_anonymity(t)
