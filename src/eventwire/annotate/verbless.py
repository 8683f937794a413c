"""A verb the small parser read as a modifier in a short sentence with no verb at all.

On short copy the small model sometimes finds no verb: "Trump phoned Putin." parses with
'Trump' as the root noun and 'phoned' as an adjective of 'Putin'; "The junta limited
gatherings." with 'gatherings' as the root and 'limited' as its adjective. A sentence with no
verb or auxiliary, whose root is a noun, is repaired when one of its lower-case words after a
noun is an -ed form of a verb the event lexicon knows, with a noun after it that only modifiers
separate from it: the word becomes the root verb (past tense), the nearest noun before it its
subject and the first noun after it its object; the other words keep their heads inside their
own side. Headings, table rows and hyphened modifiers ('Hamas-led attack') are left alone.

A sentence that opens with a quantity of people ('Hundreds of teachers', 'About 200 workers',
'Tens of thousands of X') may be parsed with that quantity as its root and the sentence's only
verb as a participle describing it: "Hundreds of teachers protested outside the ministry." has
'protested' as an acl of 'Hundreds'. When no other verb or auxiliary stands outside that clause,
the participle directly follows the quantity phrase and it reads as an act of the quantity
(it has a direct object, or it is a verb of crowds that takes none: protest, march, rally,
gather, flee ...), the participle becomes the root verb and the quantity its subject. A true
reduced relative keeps its parse: 'Hundreds of people killed in the floods were buried' has a
main verb of its own, and 'Hundreds of people killed in the floods' (no object, a verb that
takes one) reads as a passive.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, POS, TAG

VERB_POS = frozenset({"VERB", "AUX"})
MODIFIER_POS = frozenset({"ADJ", "NOUN", "PROPN"})  # how the parser may tag the verb
MODIFIER_DEPS = frozenset({"amod", "compound", "ROOT", "nmod"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
OBJECT_LEAD_POS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})  # 'the', 'two', 'rival'
ROOT_POS = frozenset({"NOUN", "PROPN"})
TABLE_MARKS = frozenset({"|"})
WRAP = 2 ** 64
QUANTITY_LEMMAS = frozenset({"hundred", "thousand", "dozen", "score", "ten", "million",
                             "hundreds", "thousands", "dozens", "scores", "tens", "millions"})
# Verbs a crowd does without an object: with no object their participle is no passive
CROWD_VERBS = frozenset({"protest", "demonstrate", "march", "rally", "gather", "flee", "riot",
                         "strike", "assemble", "converge", "clash", "mass", "picket", "mutiny",
                         "revolt", "walk"})
PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
MIN_FORM = 5  # 'phoned': shorter -ed words ('red', 'bed', 'shed') are no verb forms here


def verb_stems(form: str) -> list[str]:
    """The stems an -ed form may come from: 'phoned' → phone, phon; 'banned' → ban."""
    lower = form.lower()
    if not lower.endswith("ed") or len(lower) < MIN_FORM:
        return []
    out = [lower[:-1], lower[:-2]]
    if len(lower) > MIN_FORM and lower[-3] == lower[-4]:
        out.append(lower[:-3])
    return out


def _hyphened(doc: Any, i: int) -> bool:
    return (i > 0 and doc[i - 1].tag_ == "HYPH") or (i + 1 < len(doc) and doc[i + 1].tag_ == "HYPH")


def repair_site(sent: Any, is_verb: Callable[[str], bool]) -> tuple[Any, str, Any, Any] | None:
    """(verb token, its lemma, subject, object) for a verbless sentence to repair, or None."""
    toks = list(sent)
    if len(toks) < 3 or sent.root.pos_ not in ROOT_POS or \
            any(t.pos_ in VERB_POS or t.text in TABLE_MARKS for t in toks):
        return None
    doc = sent.doc
    for x in toks[1:-1]:
        if x.pos_ not in MODIFIER_POS or x.dep_ not in MODIFIER_DEPS or not x.text.islower() \
                or _hyphened(doc, x.i):
            continue
        lemma = next((s for s in verb_stems(x.text) if is_verb(s)), None)
        if lemma is None:
            continue
        subj = next((t for t in reversed(toks) if t.i < x.i and t.pos_ in NOMINAL_POS), None)
        obj = next((t for t in toks if t.i > x.i and t.pos_ in NOMINAL_POS), None)
        if subj is None or obj is None or any(
                t.pos_ not in OBJECT_LEAD_POS for t in toks if x.i < t.i < obj.i):
            continue
        return x, lemma, subj, obj
    return None


def _quantity(tok: Any) -> bool:
    """A quantity word ('Hundreds') or a noun counted by a number ('200 workers')."""
    return tok.lower_ in QUANTITY_LEMMAS or tok.lemma_.lower() in QUANTITY_LEMMAS or any(
        c.dep_ == "nummod" for c in tok.children)


def quantity_site(sent: Any) -> tuple[Any, Any] | None:
    """(participle, quantity) for a sentence opening with a quantity parsed as its root with
    its only verb as a participle on it ('Hundreds of teachers [protested] outside ...')."""
    root = sent.root
    if root.pos_ not in ROOT_POS or root.left_edge.i != sent.start or not _quantity(root):
        return None
    holders = [root] + [g for p in root.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
    for x in (c for h in holders for c in h.children):
        if x.dep_ != "acl" or x.tag_ not in PARTICIPLE_TAGS or x.i < root.i or \
                not x.text.islower() or x.left_edge.i != x.i or \
                x.doc[x.i - 1].head.i == x.i or _hyphened(x.doc, x.i):
            continue
        inside = {t.i for t in x.subtree}
        if any(t.pos_ in VERB_POS and t.i not in inside for t in sent if t.i != x.i):
            continue  # another verb outside the clause: a reduced relative
        if any(c.dep_ in ("auxpass", "agent", "aux") for c in x.children):
            continue
        if not any(c.dep_ == "dobj" for c in x.children) and x.lemma_.lower() not in CROWD_VERBS:
            continue  # 'Hundreds of people killed in the floods': a passive
        return x, root
    return None


def repair_quantity(doc: Any, sent: Any, site: tuple[Any, Any]) -> None:
    """Make the site's participle the sentence's root verb with the quantity as its subject."""
    x, root = site
    strings = doc.vocab.strings
    cols = [HEAD, DEP, TAG]
    arr = doc.to_array(cols)
    for i in range(sent.start, sent.end):
        tok = doc[i]
        if i == x.i:
            head, dep = i, "ROOT"
        elif i == root.i:
            head, dep = x.i, "nsubj"
        elif tok.head.i == root.i and i > x.i:
            head, dep = x.i, tok.dep_  # the full stop hung on the old root
        else:
            continue
        arr[i, 0] = (head - i) % WRAP
        arr[i, 1] = strings.add(dep)
    arr[x.i, 2] = strings.add("VBD")
    doc.from_array(cols, arr)


def repair(doc: Any, sent: Any, site: tuple[Any, str, Any, Any]) -> None:
    """Make the site's word the sentence's root verb with its subject and object."""
    x, lemma, subj, obj = site
    strings = doc.vocab.strings
    cols = [HEAD, DEP, POS, TAG, LEMMA]
    arr = doc.to_array(cols)
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i in range(sent.start, sent.end):
        h, left = heads[i], i < x.i
        if i == x.i:
            heads[i], deps[i] = i, "ROOT"
        elif i == subj.i:
            heads[i], deps[i] = x.i, "nsubj"
        elif i == obj.i:
            heads[i], deps[i] = x.i, "dobj"
        elif left and (h >= x.i or h == i):
            heads[i] = subj.i  # 'The' of 'The junta', hung on the old root after it
        elif not left and (h <= x.i or h == i):
            heads[i] = x.i  # the full stop, 'on Tuesday' hung on the old root before it
        arr[i, 0] = (heads[i] - i) % WRAP  # spaCy stores relative heads as unsigned
        arr[i, 1] = strings.add(deps[i])
    arr[x.i, 2] = strings.add("VERB")
    arr[x.i, 3] = strings.add("VBD")
    arr[x.i, 4] = strings.add(lemma)
    doc.from_array(cols, arr)


def event_verbs() -> frozenset[str]:
    """The verb lemmas of the event lexicon (loaded on first use)."""
    from eventwire.extract.lexicon import load_lexicon
    return frozenset(lemma for pos, lemma in load_lexicon().entries if pos == "verb")


class VerblessRepair:
    """Pipeline component: repair short verbless parses around a known event verb."""

    def __init__(self, is_verb: Callable[[str], bool] | None = None) -> None:
        self._is_verb = is_verb

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle without the verb list (read again from the lexicon)."""
        return (VerblessRepair, ())

    @property
    def is_verb(self) -> Callable[[str], bool]:
        if self._is_verb is None:
            self._is_verb = event_verbs().__contains__
        return self._is_verb

    def __call__(self, doc: Any) -> Any:
        """Repair every sentence without a verb or an auxiliary that has a repair site."""
        if not len(doc):
            return doc
        pos = doc.to_array([POS])
        verbs = [doc.vocab.strings[p] for p in VERB_POS]
        for sent in list(doc.sents):
            if any(int(p) in verbs for p in pos[sent.start:sent.end]):
                quantity = quantity_site(sent)
                if quantity is not None:
                    repair_quantity(doc, sent, quantity)
                continue
            site = repair_site(sent, self.is_verb)
            if site is not None:
                repair(doc, sent, site)
        return doc
