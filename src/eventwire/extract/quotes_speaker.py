"""Speakers of attributions: noun-phrase spans, actor links and pronoun resolution.

Pronouns are resolved to the nearest earlier compatible subject (a person for
he/she, an organisation, country or group for they/it), falling back to the
nearest earlier compatible entity; relative pronouns ("who") to the noun they
modify. The speaker keeps the antecedent's span and actor; the source as
written (the pronoun) is kept separately as the quote's ``mention``.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any

from eventwire.annotate.doccache import column, doc_text, sentence_of, token_starts
from eventwire.extract.interview import Turn, interview_turns, turn_at
from eventwire.extract.quotes_lexicon import load_cues
from eventwire.model import Entity, Extraction, Participant, Span

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "it", "its", "itself", "themselves"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "sir": "m", "mrs": "f", "mrs.": "f", "ms": "f",
                    "ms.": "f", "miss": "f", "madam": "f"}
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
PLURAL_GROUP = "GROUP"  # label of a plural common-noun subject ("officials"), a "they" antecedent
MAIN_WINDOW = 2  # a main-clause subject among this many nearest persons is preferred
MAX_GENDER_SKIP = 8  # earlier person subjects tried when the nearest has the wrong gender
AGENT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who", "his", "her", "their"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that", "whose"})
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NP_CUT_DEPS = frozenset({"relcl", "acl", "advcl"})
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})  # "Russia's mission", 'the U.S. envoy'
FIRST_PERSON = frozenset({"i", "we"})


def doc_entities(ex: Extraction) -> list[Entity]:
    """The article's entities: the linked ones when present, else spaCy's."""
    if ex.entities:
        return sorted(ex.entities, key=lambda e: e.start)
    return [Entity(e.start_char, e.end_char, e.text, e.label_) for e in ex.doc.ents]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end offsets of the line (paragraph) holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def np_bounds(tok: Any) -> tuple[int, int]:
    """Character bounds of the noun phrase headed by ``tok`` (relative clauses cut)."""
    cut = {t.i for c in tok.children if c.dep_ in NP_CUT_DEPS and c.i > tok.i for t in c.subtree}
    doc = tok.doc
    lo, hi = line_bounds(doc_text(doc), tok.idx)
    kept = [t.i for t in tok.subtree if t.i not in cut and lo <= t.idx < hi]
    left, right = min(kept), max(kept)
    while right > left and doc[right].is_punct:
        right -= 1
    while left < right and doc[left].is_punct:
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _proper_name(tok: Any) -> Entity | None:
    """A PERSON entity for an untagged proper-noun subject ("Trump said ...")."""
    if tok.pos_ != "PROPN":
        return None
    names = [t for t in tok.subtree if t.pos_ == "PROPN" and (t.i == tok.i or t.dep_ == "compound")]
    start, end = min(t.i for t in names), max(t.i for t in names)
    doc = tok.doc
    return Entity(doc[start].idx, doc[end].idx + len(doc[end]), doc[start:end + 1].text, "PERSON")


class SpeakerResolver:
    """Links source phrases to actors and resolves pronoun sources, for one article."""

    def __init__(self, ex: Extraction, ctx: Any = None) -> None:
        self.ex = ex
        self.ctx = ctx
        self.text = ex.article.text
        self.entities = doc_entities(ex)
        self.starts = [e.start for e in self.entities]
        self.agent_nouns = load_cues().source_nouns
        self.persons, self.groups = self._salient_subjects()
        self.genders = self._genders()
        self._turns: list[Turn] | None = None

    def _entity_at(self, start: int, end: int) -> Entity | None:
        """The entity overlapping [start, end) with the largest overlap."""
        i = bisect.bisect_left(self.starts, start)
        best, size = None, 0
        for e in self.entities[max(0, i - 3): i + 40]:
            if e.start >= end:
                break
            ov = min(e.end, end) - max(e.start, start)
            if ov > size and e.label in SPEAKER_LABELS:
                best, size = e, ov
        return best

    def _salient_subjects(self) -> tuple[list[tuple[int, Entity]], list[tuple[int, Entity]]]:
        """Subject mentions in order: (token index, entity) for persons and for groups."""
        persons, groups = [], []
        self.main_subjects: set[int] = set()
        doc = self.ex.doc
        for i, dep in enumerate(column(doc, "dep")):
            if dep not in SUBJECT_DEPS:
                continue
            tok = doc[i]
            if tok.head.dep_ == "ROOT":
                self.main_subjects.add(tok.i)
            ent = (self._entity_at(tok.idx, tok.idx + len(tok)) or _proper_name(tok)
                   or self._named_in_phrase(tok))
            if ent is None and tok.tag_ in PLURAL_TAGS and tok.lemma_.lower() in self.agent_nouns:
                start, end = np_bounds(tok)
                groups.append((tok.i, Entity(start, end, self.text[start:end], PLURAL_GROUP)))
            if ent is None:
                continue
            if ent.label in PERSON_LABELS:
                persons.append((tok.i, ent))
            if ent.label in GROUP_LABELS and ent.label not in PERSON_LABELS:
                groups.append((tok.i, ent))
        return persons, groups

    def _named_in_phrase(self, tok: Any) -> Entity | None:
        """A person named inside a common-noun subject ("Her aide Mike Smith")."""
        if tok.pos_ != "NOUN":
            return None
        start, end = np_bounds(tok)
        ent = self._entity_at(start, end)
        return ent if ent is not None and ent.label in PERSON_LABELS else None

    def _genders(self) -> dict[str, str]:
        """Gender ("m"/"f") of person names, from honorifics and the pronouns that follow them.

        Keys are the full name and its last word, so "Clinton" after
        "Hillary Clinton" shares her evidence; a name with mixed evidence gets
        the majority, ties none.
        """
        votes: dict[str, list[int]] = {}
        doc = self.ex.doc
        persons = [e for e in self.entities if e.label in PERSON_LABELS]
        lowers, starts = column(doc, "lower"), token_starts(doc)
        for n, ent in enumerate(persons):
            span = doc.char_span(ent.start, ent.end, alignment_mode="expand")
            if span is None:
                continue
            tally = [0, 0]
            before = doc[span.start - 1].lower_ if span.start > 0 else ""
            if before in HONORIFIC_GENDER:
                tally[HONORIFIC_GENDER[before] == "f"] += 3
            stop = persons[n + 1].start if n + 1 < len(persons) else len(self.text)
            sent_end = sentence_of(doc[span.start]).end  # span.sent.end
            following = list(range(span.end, sent_end))
            if sent_end < len(doc):
                following.append(sent_end)  # "... Clinton. Her aide ..."
            for i in following:
                if starts[i] >= stop:
                    break
                if lowers[i] in PRONOUN_GENDER:
                    tally[PRONOUN_GENDER[lowers[i]] == "f"] += 1
            for key in {ent.text.lower(), ent.text.split()[-1].lower()}:
                acc = votes.setdefault(key, [0, 0])
                acc[0] += tally[0]
                acc[1] += tally[1]
        return {k: ("m" if m > f else "f") for k, (m, f) in votes.items() if m != f}

    def gender(self, ent: Entity) -> str | None:
        """The gender of a person entity, when the article shows it."""
        key = ent.text.lower()
        return self.genders.get(key) or self.genders.get(key.split()[-1] if key else "")

    def _actor(self, text: str) -> Any:
        """The registry's actor for ``text`` on the article date, if any."""
        registry = getattr(self.ctx, "registry", None)
        if registry is None or not hasattr(registry, "match"):
            return None
        try:
            return registry.match(text, self.ex.article.published)
        except Exception:  # a registry failure must not lose the quote
            return None

    def entity_in(self, start: int, end: int) -> Entity | None:
        """A person or organisation entity covering exactly [start, end)."""
        ent = self._entity_at(start, end)
        if ent is not None and ent.label in ("PERSON", "ORG") and (ent.start, ent.end) == (start, end):
            return ent
        return None

    def is_agent(self, head: Any, nouns: frozenset[str]) -> bool:
        """True when the source headed by ``head`` can speak: a person, group or report."""
        if head.pos_ == "PRON":
            return head.lower_ in AGENT_PRONOUNS
        if head.lemma_.lower() in nouns or head.lower_ in nouns:
            return True
        start, end = np_bounds(head)
        ent = self._entity_at(start, end)
        if ent is None:
            return head.pos_ == "PROPN"  # an untagged name ("Strada accused ...")
        return ent.label in SPEAKER_LABELS  # people, organisations, countries ("Russia warned")

    def participant(self, start: int, end: int, head: Any = None) -> Participant:
        """The speaker for the phrase [start, end): its entity when it has one."""
        ent = self._entity_at(head.idx, head.idx + len(head)) if head is not None else None
        if ent is None:
            ent = self._entity_at(start, end)
            ent = ent if ent is not None and ent.label in ("PERSON", "ORG") else None
            owner = self._owner_of(head) if head is not None and (
                ent is None or ent.start > head.idx) and self._named_after(head, end) else None
            if owner is not None:  # "Russia's mission to the UN": Russia's, not the UN's
                return Participant(start, end, self.text[start:end],
                                   owner.actor or self._actor(owner.text))
        if ent is not None:
            actor = ent.actor or self._actor(ent.text)
            return Participant(ent.start, ent.end, ent.text, actor)
        text = self.text[start:end]
        return Participant(start, end, text, self._actor(text))

    def _owner_of(self, head: Any) -> Entity | None:
        """The named owner before a common-noun speaker's head ("Russia's mission to the UN",
        'the Russian envoy to the EU', 'the U.S. ambassador to NATO'): whose post it is, not
        the body or place of a phrase after the head; None when no name owns it."""
        if head.pos_ != "NOUN":
            return None
        for c in head.children:
            if c.i < head.i and c.dep_ in OWNER_DEPS:
                ent = self._entity_at(c.idx, c.idx + len(c.text))
                if ent is not None and ent.end <= head.idx and \
                        (ent.actor is not None or self._actor(ent.text) is not None):
                    return ent
        return None

    def _named_after(self, head: Any, end: int) -> bool:
        """Whether a name stands after a speaker's head inside its phrase ('… to the UN')."""
        after = head.idx + len(head.text)
        return any(after <= e.start and e.end <= end for e in self.entities
                   if e.label in SPEAKER_LABELS)

    def _nearest(self, pairs: list[tuple[int, Entity]], tok_i: int) -> Entity | None:
        """The last entity of ``pairs`` mentioned before token ``tok_i``."""
        i = bisect.bisect_left([p[0] for p in pairs], tok_i)
        return pairs[i - 1][1] if i > 0 else None

    def _nearest_main(self, pairs: list[tuple[int, Entity]], tok_i: int) -> Entity | None:
        """The nearest earlier entry of ``pairs``, a main-clause subject among the nearest first."""
        i = bisect.bisect_left([p[0] for p in pairs], tok_i)
        recent = pairs[max(0, i - MAIN_WINDOW):i]
        main = [p for p in recent if p[0] in self.main_subjects]
        return (main or recent)[-1][1] if recent else None

    def _nearest_gendered(self, tok_i: int, gender: str) -> Entity | None:
        """The nearest earlier person subject whose known gender does not contradict ``gender``."""
        i = bisect.bisect_left([p[0] for p in self.persons], tok_i)
        earlier = self.persons[max(0, i - MAX_GENDER_SKIP):i]
        fits = [(k, ent) for k, ent in earlier if self.gender(ent) in (None, gender)]
        if not fits:
            return earlier[-1][1] if earlier else None
        recent = [p for p in fits[-MAIN_WINDOW:] if p[0] in self.main_subjects]
        return (recent or fits)[-1][1]

    def _nearest_entity(self, pos: int, labels: frozenset[str]) -> Entity | None:
        """The nearest earlier entity with one of ``labels``."""
        i = bisect.bisect_left(self.starts, pos)
        for e in reversed(self.entities[:i]):
            if e.label in labels and e.end <= pos:
                return e
        return None

    def antecedent(self, tok: Any) -> Entity | None:
        """The entity a pronoun token refers to, or None."""
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            return (self._nearest_gendered(tok.i, PRONOUN_GENDER[low])
                    or self._nearest_entity(tok.idx, PERSON_LABELS))
        if low in GROUP_PRONOUNS:
            pairs = self.groups if low in PLURAL_PRONOUNS else [
                g for g in self.groups if g[1].label != PLURAL_GROUP]
            group = self._nearest_main(pairs, tok.i)
            return group or self._nearest_entity(tok.idx, GROUP_LABELS)
        return None

    def speaker(self, head: Any) -> tuple[Participant, Span]:
        """The speaker for a source headed by token ``head`` and the source as written."""
        start, end = np_bounds(head)
        mention = Span.of(self.text, start, end)
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":
            noun = head.head.head
            return self.speaker(noun)[0], mention
        if head.lower_ in FIRST_PERSON:
            turn = self._turn_speaker(head)
            if turn is not None:
                return turn, mention
        if head.pos_ == "PRON":
            ent = self.antecedent(head)
            if ent is not None:
                actor = ent.actor or self._actor(ent.text)
                return Participant(ent.start, ent.end, ent.text, actor), mention
            return Participant(start, end, mention.text), mention
        return self.participant(start, end, head), mention

    def _turn_speaker(self, head: Any) -> Participant | None:
        """In an interview transcript, 'I' / 'we' speaking is the speaker of the turn
        ('Armitage: … I would like to see …'), when the label names a linked actor (an
        entity in the label, else the article's linked person with the label's last name)."""
        if self._turns is None:
            self._turns = interview_turns(self.text)
        turn = turn_at(self._turns, head.idx) if self._turns else None
        if turn is None:
            return None
        label = self.text[turn.label_start:turn.name_end]
        actor = next((e.actor for e in self.entities if e.actor is not None and
                      turn.label_start <= e.start < turn.name_end), None) or \
            next((e.actor for e in self.entities if e.actor is not None and
                  e.label in PERSON_LABELS and e.text.split()[-1] == turn.key), None)
        if actor is None:
            return None
        return Participant(turn.label_start, turn.name_end, label,
                           dataclasses.replace(actor, evidence=f"interview turn: {label}"))
