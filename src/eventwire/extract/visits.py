"""Domestic trips: a visit is a meeting across borders, not travel inside one's own country.

PLOVER codes a visit (CONSULT, mode ``visit``) as one party travelling to meet another.
"The Brazilian president flew to Sao Paulo" names no host: the only target is a city or a
region of the traveller's own country, so the trip is no CONSULT. A trip abroad ("flew to
Beijing"), to a country, or to meet someone ("visited the governor") keeps its visit; a
meeting held on the trip is its own event ("met local officials").
"""

from __future__ import annotations

from eventwire.model import EventMention

VISIT_MODE = "visit"
PLACE_KIND = "place"  # the actor kind of a city or region: a location, never a party


def domestic_trip(ev: EventMention) -> bool:
    """True for a visit whose only targets are cities or regions of the one country its
    source belongs to."""
    if ev.type != "CONSULT" or not (ev.mode or "").endswith(VISIT_MODE) or not ev.target:
        return False
    home = {p.actor.country for p in ev.source if p.actor is not None and p.actor.country}
    if len(home) != 1:
        return False
    return all(p.actor is not None and p.actor.kind == PLACE_KIND and p.actor.country in home
               for p in ev.target)
