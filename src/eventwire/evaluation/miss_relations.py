"""Where a missed participant stands in its sentence, relative to the event's trigger.

For a country miss with no participant although a gold actor is named in the sentence,
the miss tools (:mod:`eventwire.evaluation.voa_actors`,
:mod:`eventwire.evaluation.plover_country_misses`) count the misses by the syntactic
relation of the named actor to the trigger, so a checking part's misses can be read
as counts of general classes, never as sentences:

- ``by-agent of …``: the object of a 'by' phrase (a passive's agent, 'talks brokered by
  X'), on the trigger or on a word above, below or beside it, by that word's part of speech;
- ``possessor of trigger``: 'X's attack';
- ``subject of trigger``: the subject of the trigger's own verb;
- ``subject of governing verb``: the subject of a verb the trigger hangs from
  ('X vowed to attack', 'X launched an attack');
- ``subject of other clause``: a subject elsewhere in the sentence;
- ``object of <pos> trigger (<prep or dep>)``: a direct or prepositional object in the
  trigger's subtree, by the trigger's part of speech and the preposition ('criticism from X':
  ``object of noun trigger (from)``);
- ``compound/modifier``: part of a longer noun phrase ('Freedonian forces');
- ``other:<dep>``: anything else, by dependency label.
"""

from __future__ import annotations

from typing import Any

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
OBJECTS = frozenset({"dobj", "pobj", "dative", "attr", "oprd"})


def _span_root(tokens: list[Any]) -> Any:
    """The token of a span whose head lies outside it."""
    idx = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in idx or t.head.i == t.i:
            return t
    return tokens[0]


def _tokens_at(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens overlapping a character range of the document."""
    return [t for t in doc if t.idx < end and t.idx + len(t.text) > start]


def _ancestors(tok: Any) -> list[int]:
    """Indices of a token and its heads up to the root."""
    out = [tok.i]
    while tok.head.i != tok.i and len(out) < 100:
        tok = tok.head
        out.append(tok.i)
    return out


def relation(doc: Any, trig_start: int, trig_end: int, name: str) -> str:
    """The relation of ``name`` (first occurrence in the parsed sentence ``doc``) to the
    trigger at ``trig_start:trig_end`` (character offsets in ``doc.text``)."""
    pos = doc.text.lower().find(name.lower())
    trig = _tokens_at(doc, trig_start, trig_end)
    if pos < 0 or not trig:
        return "not located"
    toks = _tokens_at(doc, pos, pos + len(name))
    if not toks:
        return "not located"
    root = _span_root(toks)
    head = _span_root(trig)
    trig_idx = {t.i for t in trig}
    if root.i in trig_idx:
        return "inside trigger"
    up = _ancestors(head)
    dep = root.dep_
    if dep == "pobj" and root.head.lower_ == "by" or dep == "agent":
        by_head = root.head.head if dep == "pobj" else root.head
        if by_head.i in trig_idx:
            return "by-agent of trigger"
        where = "above trigger" if by_head.i in up else \
            "below trigger" if head.i in _ancestors(by_head) else "elsewhere"
        return f"by-agent of {by_head.pos_.lower()} {where}"
    if dep == "poss":
        return "possessor of trigger" if root.head.i in trig_idx or root.head.i == head.i \
            else "possessor elsewhere"
    if dep in SUBJECTS:
        if root.head.i == head.i or root.head.i in trig_idx:
            return "subject of trigger"
        if root.head.i in up:
            return "subject of governing verb"
        return "subject of other clause"
    if dep in OBJECTS or dep == "appos":
        via = f" ({root.head.lower_})" if dep == "pobj" else f" ({dep})"
        return f"object of {head.pos_.lower()} trigger{via}" if head.i in _ancestors(root) \
            else f"object elsewhere ({dep})"
    if dep in ("compound", "amod", "nmod", "npadvmod"):
        return "compound/modifier"
    if dep == "conj":
        return f"conjunct of {root.head.dep_}"
    return f"other:{dep}"


def situation(doc: Any, trig_start: int, trig_end: int) -> str:
    """How the trigger at ``trig_start:trig_end`` stands when no actor is named for a side:
    a verb's subject kind (a pronoun, a noun, none), an agentless passive, a noun with or
    without an owner, by part of speech and dependency."""
    trig = _tokens_at(doc, trig_start, trig_end)
    if not trig:
        return "not located"
    head = _span_root(trig)
    kids = list(head.children)
    if head.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            return "passive with agent" if any(c.dep_ == "agent" for c in kids) \
                else "agentless passive"
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj", "expl")]
        if subj:
            kind = "pronoun" if subj[0].pos_ == "PRON" else subj[0].pos_.lower()
            return f"verb with {kind} subject"
        return f"verb without subject ({head.dep_})"
    owned = any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ for c in kids) or \
        any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in kids)
    return f"{head.pos_.lower()} {'with' if owned else 'without'} named owner ({head.dep_})"


def name_relation(sentence: str, trig_start: int, trig_end: int, names: list[str]) -> str:
    """The relation of the first gold name found in ``sentence`` to the trigger
    (offsets relative to the sentence)."""
    from eventwire.annotate.nlp import load_nlp

    low = sentence.lower()
    name = next((n for n in names if n and n.lower() in low), None)
    if name is None:
        return "not located"
    return relation(load_nlp()(sentence), trig_start, trig_end, name)


def story_situation(sentence: str, trig_start: int, trig_end: int) -> str:
    """``situation`` of a trigger in ``sentence`` (offsets relative to the sentence)."""
    from eventwire.annotate.nlp import load_nlp

    return situation(load_nlp()(sentence), trig_start, trig_end)
