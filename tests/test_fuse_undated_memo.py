"""The possibly-same fallback for vaguely dated pairs scores each mention pair once per update."""

from __future__ import annotations

from eventwire.fuse import coref
from eventwire.fuse import events as fe
from eventwire.fuse.mentions import Mention, make_mention
from eventwire.model import ActorRef, EventMention, Participant, Span

ISRAEL = ActorRef("country:ISR", "Israel", "ISR", kind="state")
LEBANON = ActorRef("country:LBN", "Lebanon", "LBN", kind="state")
TEXTS = ("Israeli jets struck targets near Tyre, officials in Beirut said.",
         "Israel carried out strikes near the port city of Tyre, Lebanese officials said.",
         "Israeli aircraft hit sites outside Tyre overnight, a Lebanese official said.")


def mention(aid: str, text: str, trigger: str) -> Mention:
    """An undated ASSAULT by Israel on Lebanon in one sentence of article ``aid``."""
    i, j, k = text.index(trigger), text.index("Isra"), text.index("Tyre")
    ev = EventMention("ASSAULT", Span.of(text, i, i + len(trigger)), Span.of(text, 0, len(text)),
                      source=[Participant(j, j + 6, text[j:j + 6], ISRAEL)],
                      target=[Participant(k, k + 4, "Tyre", LEBANON)],
                      date={"value": None}, confidence=0.9)
    art = {"id": aid, "published": None, "url": f"https://{aid}.example/{aid}"}
    return make_mention(f"{aid}#0", art, ev.to_dict(), None)


def test_undated_pair_probability_is_computed_once_and_unchanged(monkeypatch) -> None:
    a, b, c = (mention(f"a{n}", t, w) for n, (t, w) in
               enumerate(zip(TEXTS, ("struck", "strikes", "hit"), strict=True)))
    expected = fe.undated_score([a], [b, c])
    assert expected > 0
    calls: list[tuple[str, str]] = []
    plain = coref.link_probability

    def counted(m: Mention, o: Mention, common: frozenset[str] = frozenset()) -> float:
        calls.append((m.id, o.id))
        return plain(m, o, common)

    monkeypatch.setattr(coref, "link_probability", counted)
    fusion = fe.Fusion()
    assert fe.undated_score([a], [b, c], fusion.undated_link) == expected
    assert fe.undated_score([b, c], [a], fusion.undated_link) == expected
    assert fe.undated_score([a], [b, c], fusion.undated_link) == expected
    assert sorted(calls) == [("a0#0", "a1#0"), ("a0#0", "a2#0")]
    assert fusion.undated_link(b, a) == plain(a, b)
