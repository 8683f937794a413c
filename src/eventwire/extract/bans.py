"""A ban told by a verb of imposing is typed by what it bans.

``plover_lexicon.json`` reads "imposed / extended / announced a ban" as SANCTION, right for a
ban on imports, flights or investment (CAMEO 16x: reduced relations), and the ban noun on its
own as COERCE when it bans protests, rallies, parties, books, the media or women's schooling
(CAMEO 1721-1722: restrictions on freedoms, banned parties; PLOVER COERCE "ban individuals or
organizations", "censor"). When the verb's object is such a ban, the noun's COERCE reading
types the phrase: "the junta imposed a ban on political parties", "the government's ban on
protests was extended" are COERCE (mode ban), one event, not a SANCTION beside it.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.extract.triggers import Trigger

SANCTION, COERCE = "SANCTION", "COERCE"
BAN_NOUNS = ("ban", "prohibition")


def _coercive_ban(trig: Trigger, by_token: dict[int, Trigger]) -> Trigger | None:
    """The COERCE trigger of the ban noun a verbal SANCTION trigger matched as its object,
    when that noun was read with its own conditions ('ban on protests', 'book ban')."""
    for tok in trig.extra:
        noun = by_token.get(tok.i)
        if noun is not None and noun.token.i != trig.token.i and tok.lemma_.lower() in BAN_NOUNS and \
                noun.entry.type == COERCE and not noun.entry.needs_context:
            return noun
    return None


def retype_bans(triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers with each verbal SANCTION whose object bans a domestic act or
    group retyped COERCE with the ban's mode (``Trigger.retyped`` keeps the entry matched)."""
    by_token = {t.token.i: t for t in triggers}
    out = []
    for t in triggers:
        noun = _coercive_ban(t, by_token) if t.entry.type == SANCTION and not t.nominal else None
        if noun is None:
            out.append(t)
            continue
        out.append(Trigger(t.token, replace(t.entry, type=COERCE, mode=noun.entry.mode),
                           nominal=False, extra=t.extra, retyped=t.entry))
    return out
