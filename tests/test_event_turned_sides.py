"""Two same-type mentions of a sentence stay two events when one acts on the other's doers
('forces killed the gunmen who stormed the hotel'), and merge when they share their doers or
one names none."""

from __future__ import annotations

from eventwire.extract.events import _reduce, _turned_sides
from eventwire.model import EventMention, Participant, Span

SENT = Span(0, 80, "Varnian forces killed the gunmen who stormed a hotel in Lisk.")
FORCES, GUNMEN, HOTEL = Participant(0, 14, "Varnian forces"), Participant(26, 32, "gunmen"), \
    Participant(47, 52, "hotel")


def _ev(start: int, text: str, source: list[Participant], target: list[Participant]
        ) -> EventMention:
    return EventMention(type="ASSAULT", trigger=Span(start, start + len(text), text),
                        sentence=SENT, source=source, target=target)


def test_killing_the_attackers_is_a_second_act() -> None:
    killed = _ev(15, "killed", [FORCES], [GUNMEN])
    stormed = _ev(37, "stormed", [GUNMEN], [HOTEL])
    assert _turned_sides(killed, stormed) and _turned_sides(stormed, killed)
    assert len(_reduce([killed, stormed], _turned_sides)) == 2


def test_same_doers_or_no_doer_merge() -> None:
    killed = _ev(15, "killed", [FORCES], [GUNMEN])
    shot = _ev(37, "shot", [FORCES], [GUNMEN])
    unnamed = _ev(37, "stormed", [], [HOTEL])
    assert not _turned_sides(killed, shot)
    assert not _turned_sides(killed, unnamed)
    assert len(_reduce([killed, shot], _turned_sides)) == 1


def test_inherited_doers_are_not_named_apart() -> None:
    killed = _ev(15, "killed", [FORCES], [GUNMEN])
    told = Participant(26, 32, "gunmen", inherited=True)
    assert not _turned_sides(killed, _ev(37, "stormed", [told], [HOTEL]))
