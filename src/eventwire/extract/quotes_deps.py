"""Attribution candidates read off the dependency parse.

Each candidate is a cue (a speech, report or belief verb, a nominal cue such
as "assertion that", or a source phrase such as "according to"), the head
token of its source, and the character span of its content. Direct quotes
are reconciled with these candidates in ``quotes.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eventwire.annotate.doccache import column, tokens
from eventwire.extract.quotes_lexicon import Cues

CLAUSE_DEPS = frozenset({"ccomp"})
CUE_MODIFIER_DEPS = frozenset({"aux", "auxpass", "neg"})
CUE_ADVERBS = frozenset({"also", "later", "previously", "repeatedly", "publicly", "again",
                         "reportedly", "once", "often", "recently", "then", "further"})
INHERIT_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
VERB_POS = frozenset({"VERB", "AUX"})
QUOTE_CHARS = "“”\"‘’'"
MIN_CONTENT_TOKENS = 2
COMPLEMENT_DEPS = frozenset({"xcomp", "oprd", "dative", "attr"})
COMPLEMENT_PREPS = frozenset({"as", "of", "for", "to", "with", "over", "into", "like"})
TRAILING_DEPS = frozenset({"relcl", "acl", "appos"})
EXPLETIVES = frozenset({"it", "there", "this"})


@dataclass(slots=True)
class Candidate:
    """One attribution found in the parse: cue, source head token, content span."""

    cue: tuple[int, int]
    content: tuple[int, int]
    source: Any  # spaCy Token heading the source noun phrase, or None
    kind: str  # clause | object | prep | according | as | parataxis | nominal | relay
    via: Any = None  # the relaying speaker's head token (relayed speech)
    extra: tuple[int, int] | None = None  # a second content part (the subject of a passive)


def _chars(doc: Any, left: int, right: int) -> tuple[int, int]:
    """Character span of tokens ``left..right`` inclusive."""
    toks = tokens(doc)
    return toks[left].idx, toks[right].idx + len(toks[right])


def _runs(idx: list[int]) -> list[tuple[int, int]]:
    """Runs of consecutive indices in sorted ``idx``."""
    runs, start = [], idx[0]
    for a, b in zip(idx, idx[1:] + [None], strict=True):
        if b is None or b != a + 1:
            runs.append((start, a))
            if b is not None:
                start = b
    return runs


def _pick_run(idx: list[int], anchor: int | None) -> tuple[int, int]:
    """The run holding ``anchor`` (the clause head), else the longest run."""
    runs = _runs(idx)
    for run in runs:
        if anchor is not None and run[0] <= anchor <= run[1]:
            return run
    return max(runs, key=lambda r: r[1] - r[0])


def span_of(tokens: list[Any], contiguous: bool = False,
            anchor: int | None = None) -> tuple[int, int] | None:
    """Character span of ``tokens`` with edge punctuation trimmed (quote marks kept).

    With ``contiguous``, only one run of adjacent tokens is kept: the one
    holding token ``anchor``, else the longest.
    """
    if not tokens:
        return None
    idx = sorted({t.i for t in tokens})
    doc = tokens[0].doc
    left, right = _pick_run(idx, anchor) if contiguous else (idx[0], idx[-1])
    while left < right and doc[left].is_punct and doc[left].text not in QUOTE_CHARS:
        left += 1
    while right > left and doc[right].is_punct and doc[right].text not in QUOTE_CHARS:
        right -= 1
    if right - left + 1 < MIN_CONTENT_TOKENS and not doc[left].is_alpha:
        return None
    return _chars(doc, left, right)


def subtree_minus(tok: Any, exclude: Any) -> list[Any]:
    """Tokens of ``tok``'s subtree that are not in ``exclude``'s subtree."""
    drop = {t.i for t in exclude.subtree}
    return [t for t in tok.subtree if t.i not in drop]


def cue_span(verb: Any, extra: Any = None) -> tuple[int, int]:
    """The cue: the verb with its adjacent auxiliaries, negation, adverbs and particle."""
    left, right = verb.i, verb.i
    for child in sorted(verb.children, key=lambda t: -t.i):
        if child.i == left - 1 and (child.dep_ in CUE_MODIFIER_DEPS
                                    or child.lower_ in CUE_ADVERBS):
            left = child.i
    for child in verb.children:
        if child.dep_ == "prt" and child.i == right + 1:
            right = child.i
    if extra is not None:
        right = max(right, extra.i)
    return _chars(verb.doc, left, right)


def source_of(verb: Any) -> Any:
    """The head token of the verb's source: subject, passive agent or inherited subject."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = [g for g in child.children if g.dep_ == "pobj"]
            if pobj:
                return pobj[0]
    if is_passive(verb):
        return None  # "was told that ...": the subject is the addressee, not the source
    told = _speech_verb_before(verb)
    if told is not None:
        return source_of(told)
    if verb.dep_ in INHERIT_DEPS and verb.head.i != verb.i:
        return source_of(verb.head)
    return None


def _speech_verb_before(verb: Any) -> Any:
    """The verb told after a quote that a trailing participle comments on.

    In '"We will not ...," X said, adding that ...' the participle belongs to
    'said'; with the sentences before it in the article the parser may hang
    'said' on the quote as parataxis and 'adding' on the quote's own verb,
    whose subject ('We') would become the speaker. A parataxis verb with its
    own subject, told right after the quote closes and ending just before the
    participle's comma, is taken instead.
    """
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i >= verb.i:
        return None
    doc = verb.doc
    k = verb.left_edge.i - 1
    while k > verb.head.i and (doc[k].is_punct or doc[k].text in QUOTE_CHARS):
        k -= 1
    if k <= verb.head.i or doc[k + 1].text != ",":
        return None
    for told in doc[k].ancestors if doc[k].dep_ != "parataxis" else [doc[k]]:
        if told.i <= verb.head.i:
            return None
        if told.dep_ == "parataxis":
            break
    else:
        return None
    if told.pos_ not in VERB_POS or not any(c.dep_ == "nsubj" for c in told.children):
        return None
    if not any(t.text in QUOTE_CHARS for t in doc[max(verb.head.i, told.left_edge.i - 2):told.i]):
        return None  # 'Rebels shelled the town, officials said, claiming ...': no quote closes
    return told if told.right_edge.i < verb.left_edge.i else None


def is_passive(verb: Any) -> bool:
    """True for a passive verb ("was accused", "is expected")."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _has_agent(verb: Any) -> bool:
    """True when the verb has a ``by`` agent."""
    return any(c.dep_ == "agent" for c in verb.children)


def _clause_child(verb: Any) -> Any:
    """The verb's clausal complement (ccomp): the first after the verb, else the last before."""
    clauses = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    after = [c for c in clauses if c.i > verb.i]
    if after:
        return after[0]
    return clauses[-1] if clauses else None


def _is_comment(child: Any) -> bool:
    """True for a trailing participle after a comma ("..., highlighting the risks")."""
    doc = child.doc
    k = min(t.i for t in child.subtree) - 1
    while k > 0 and doc[k].text in QUOTE_CHARS:
        k -= 1
    return (child.dep_ == "advcl" and child.tag_ == "VBG" and child.i > child.head.i
            and k > 0 and doc[k].text == ",")


def _own_attribution(child: Any, cues: Cues | None) -> bool:
    """True for a coordinated cue verb with its own subject ("..., and Democrats accused ...")."""
    if cues is None or child.dep_ != "conj" or child.pos_ not in VERB_POS:
        return False
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    return has_subject and cues.is_verb_cue(cues.lemma(child))


def _misparsed_subject(verb: Any, clause: Any) -> list[Any]:
    """The clause's subject when the parser made it the cue's object ("think [the plan] was bad")."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return []
    dobj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i), None)
    if dobj is None:
        return []
    between = [c for c in verb.children if dobj.i <= c.i < clause.i and c.dep_ in ("dobj", "prep")]
    return [t for c in between for t in c.subtree]


def drop_trailing_modifiers(toks: list[Any]) -> list[Any]:
    """``toks`` without a final comma-separated non-restrictive modifier.

    ("..., which the council has not done", "..., known as the BRI",
    "..., a former governor"): attribution content ends before them.
    """
    if not toks:
        return toks
    doc = toks[0].doc
    keep = {t.i for t in toks}
    while True:
        last = doc[max(keep)]
        cut = None
        node = last
        while node.head.i != node.i and node.i in keep:
            comma = node.left_edge.i - 1
            if (node.dep_ in TRAILING_DEPS and node.right_edge.i == last.i and comma in keep
                    and doc[comma].text == "," and comma > min(keep)):
                cut = comma
            node = node.head
        if cut is None:
            return [t for t in toks if t.i in keep]
        keep = {i for i in keep if i < cut}


def clause_tokens(clause: Any, cues: Cues | None = None) -> list[Any]:
    """The tokens of a content clause without trailing comment participles or a new attribution."""
    drop = {t.i for c in clause.children if _is_comment(c) or _own_attribution(c, cues)
            for t in c.subtree}
    return drop_trailing_modifiers([t for t in clause.subtree if t.i not in drop])


def _complements(verb: Any, after: int) -> list[Any]:
    """Tokens of the verb's complements right of token ``after``.

    An object-control infinitive ("urged residents to stay"), a predicate
    ("called the plan a hoax") or a complement phrase ("accused X of lying",
    "described X as a threat").
    """
    toks: list[Any] = []
    for child in verb.children:
        if child.i <= after:
            continue
        if child.dep_ in COMPLEMENT_DEPS or (child.dep_ == "prep"
                                             and child.lower_ in COMPLEMENT_PREPS):
            toks += list(child.subtree)
    return toks


def _object_tokens(verb: Any) -> list[Any]:
    """The verb's direct object subtree with its complements."""
    dobj = [c for c in verb.children if c.dep_ == "dobj"]
    if not dobj:
        return []
    return drop_trailing_modifiers(list(dobj[0].subtree) + _complements(verb, dobj[0].i))


def _subject_span(verb: Any) -> tuple[int, int] | None:
    """Character span of the verb's subject phrase (not for expletive "it"/"there")."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ in EXPLETIVES:
        return None
    return span_of(list(subj.subtree))


def _predicate_candidate(verb: Any, kind: str) -> Candidate | None:
    """Subject and complement of a verb whose source is unstated.

    "Mr. Quiros was accused of fraud", "Trump is expected to win",
    "Melania seems to have vanished": the content is the complement, with the
    subject as a second part; "It seems that ..." has the clause only.
    """
    comp = _complements(verb, verb.i) + [t for c in verb.children
                                         if c.dep_ in ("ccomp", "acomp") and c.i > verb.i
                                         for t in c.subtree]
    comp = drop_trailing_modifiers(sorted(comp, key=lambda t: t.i))
    if comp and comp[0].lower_ == "of" and comp[0].dep_ == "prep":
        comp = comp[1:]  # "was accused of lying": the charge is the content
    content = span_of(comp)
    if not content:
        return None
    return Candidate(cue_span(verb), content, None, kind, extra=_subject_span(verb))


def _adjective_candidate(adj: Any, cues: Cues) -> Candidate | None:
    """Stance adjectives: "Graham was critical of Trump", "It is clear that ..."."""
    preps = cues.adjective_cues.get(cues.lemma(adj))
    if preps is None or adj.dep_ != "acomp":
        return None
    head = adj.head
    toks: list[Any] = []
    for child in list(adj.children) + list(head.children):
        if child.i <= adj.i:
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            toks = list(child.subtree)
            break
        if child.dep_ == "prep" and child.head.i == adj.i and child.lower_ in preps:
            toks = list(child.subtree)[1:]
            break
    content = span_of(toks)
    if not content:
        return None
    subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    source = subj if subj is not None and subj.lower_ not in EXPLETIVES else None
    return Candidate(_chars(adj.doc, head.i, adj.i) if head.i < adj.i else cue_span(adj),
                     content, source, "stance" if source is not None else "impersonal")


def _prep_content(verb: Any, cues: Cues) -> tuple[Any, list[Any]] | None:
    """For phrasal cues ("called for X"): the preposition and its object subtree."""
    allowed = cues.prep_verbs.get(cues.lemma(verb))
    if not allowed:
        return None
    for child in verb.children:
        if child.dep_ in ("prep", "prt") and child.lower_ in allowed:
            obj = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if obj:
                return child, list(obj[0].subtree)
            if child.dep_ == "prt":
                return None
    return None


def _as_clause(verb: Any) -> bool:
    """True for "as X said" / "as reported by X" modifiers."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as"
                                        for c in verb.children)


def _clause_head(tok: Any) -> Any:
    """The nearest verb at or above ``tok``."""
    while tok.pos_ not in VERB_POS and tok.head.i != tok.i:
        tok = tok.head
    return tok


def verb_candidate(verb: Any, cues: Cues) -> Candidate | None:
    """The attribution of a cue verb, if it has content."""
    lemma = cues.lemma(verb)
    if _as_clause(verb):
        head = verb.head
        content = span_of(subtree_minus(head, verb), contiguous=True, anchor=head.i)
        if content:
            return Candidate(cue_span(verb), content, source_of(verb), "as")
        return None
    if lemma in cues.evidential_verbs:
        if any(c.dep_ == "xcomp" and cues.is_verb_cue(cues.lemma(c)) for c in verb.children):
            return None  # "seemed to think that ...": the inner cue carries it
        return _predicate_candidate(verb, "evidential")
    if is_passive(verb) and not _has_agent(verb) and _subject_span(verb) is not None and (
            lemma in cues.object_verbs or lemma in cues.xcomp_verbs):
        return _predicate_candidate(verb, "passive")
    clause = _clause_child(verb) if lemma in cues.clause_verbs else None
    if clause is not None:
        content = span_of(_misparsed_subject(verb, clause) + clause_tokens(clause, cues))
        if content:
            return Candidate(cue_span(verb), content, source_of(verb), "clause")
    if lemma in cues.clause_verbs and verb.dep_ == "parataxis" and verb.head.i != verb.i:
        return _parenthetical(verb)
    prep = _prep_content(verb, cues)
    if prep is not None:
        content = span_of(prep[1])
        if content:
            return Candidate(cue_span(verb, prep[0]), content, source_of(verb), "prep")
    if lemma in cues.object_verbs:
        content = span_of(_object_tokens(verb))
        if content:
            return Candidate(cue_span(verb), content, source_of(verb), "object")
    if lemma in cues.xcomp_verbs:
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i), None)
        content = span_of(list(xcomp.subtree)) if xcomp is not None else None
        if content:
            return Candidate(cue_span(verb), content, source_of(verb), "intent")
    return None


def _parenthetical(verb: Any) -> Candidate | None:
    """"The plan, he said, is dead": the content on both sides of the inserted attribution."""
    toks = subtree_minus(verb.head, verb)
    lo = min(t.i for t in verb.subtree)
    left = span_of([t for t in toks if t.i < lo])
    right = span_of([t for t in toks if t.i > lo])
    if left is None or right is None:
        content = span_of(toks)
        return Candidate(cue_span(verb), content, source_of(verb), "parataxis") if content else None
    return Candidate(cue_span(verb), left, source_of(verb), "parataxis", extra=right)


def according_candidates(doc: Any, cues: Cues) -> Iterator[Candidate]:
    """Attributions introduced by source phrases such as "according to X"."""
    toks = tokens(doc)
    lowers = column(doc, "lower")
    firsts = {phrase[0] for phrase in cues.source_phrases if phrase}
    at: dict[str, list[int]] = {}  # each phrase's first word -> its positions, in order
    for i, word in enumerate(lowers):
        if word in firsts:
            at.setdefault(word, []).append(i)
    for phrase in cues.source_phrases:
        n = len(phrase)
        starts = at.get(phrase[0], ()) if phrase else range(len(doc) + 1)
        for i in starts:
            if i > len(doc) - n or tuple(lowers[i:i + n]) != phrase:
                continue
            last = toks[i + n - 1]
            pobj = [c for c in last.children if c.dep_ == "pobj"]
            if not pobj:
                continue
            anchor = toks[i]
            head = _clause_head(anchor.head if anchor.head.i != anchor.i else anchor)
            phrase_top = _phrase_top(doc[i:i + n])
            content = (span_of(subtree_minus(head, phrase_top), contiguous=True, anchor=head.i)
                       if head.i != phrase_top.i else None)
            if content:
                yield Candidate(_chars(doc, i, i + n - 1), content, pobj[0], "according")


def _phrase_top(span: Any) -> Any:
    """The token of ``span`` whose head lies outside it."""
    for t in span:
        if t.head.i < span.start or t.head.i >= span.end or t.head.i == t.i:
            return t
    return span[0]


def nominal_candidate(noun: Any, cues: Cues) -> Candidate | None:
    """Nominal cues: "Trump's assertion that ...", "his admission of making ..."."""
    content_tokens: list[Any] = []
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                  for g in child.children):
            content_tokens = list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            pcomp = [g for g in child.children if g.dep_ == "pcomp"]
            if pcomp:
                content_tokens = list(pcomp[0].subtree)
    if not content_tokens:
        return None
    content = span_of(content_tokens)
    if not content:
        return None
    source = next((c for c in noun.children if c.dep_ == "poss"), None)
    if source is None and noun.dep_ == "dobj":
        source = source_of(noun.head)
    if source is None:
        source = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"
                       for g in c.children if g.dep_ == "pobj"), None)
    return Candidate(_chars(noun.doc, noun.i, noun.i), content, source, "nominal")


def relay_candidate(verb: Any, cues: Cues, inner: Candidate | None) -> Candidate | None:
    """Relayed speech: "He relayed Putin's stance, indicating that ..." (speaker Putin)."""
    if cues.lemma(verb) not in cues.relay_verbs or inner is None:
        return None
    for child in verb.children:
        if child.dep_ != "dobj" or child.lemma_.lower() not in cues.relay_nouns:
            continue
        owner = next((g for g in child.children if g.dep_ == "poss"), None)
        if owner is not None:
            return Candidate(cue_span(verb), inner.content, owner, "relay", via=source_of(verb))
    return None


def _dependent_cue(verb: Any, cues: Cues) -> Any:
    """A cue verb attached to ``verb`` as advcl/conj/xcomp ("..., indicating that ...")."""
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "xcomp") and cues.lemma(child) in cues.clause_verbs:
            return child
    return None


def candidates(doc: Any, cues: Cues) -> list[Candidate]:
    """All attribution candidates of a parsed document, in text order."""
    out: list[Candidate] = []
    relayed: set[int] = set()
    lowers, lemmas, tags = column(doc, "lower"), column(doc, "lemma"), column(doc, "pos")
    any_cue = (cues.clause_verbs | cues.object_verbs | cues.prep_verbs.keys() | cues.xcomp_verbs
               | cues.evidential_verbs | cues.adjective_cues.keys() | cues.nominal_cues)
    for i, pos in enumerate(tags):
        lemma = cues.lemma_aliases.get(lowers[i], lemmas[i])  # cues.lemma(tok)
        if lemma not in any_cue or not ((pos in VERB_POS and cues.is_verb_cue(lemma) and i not in relayed) or
                (pos == "ADJ" and lemma in cues.adjective_cues) or
                (pos in ("NOUN", "PROPN") and lemma in cues.nominal_cues)):
            continue  # none of the branches below
        tok = doc[i]
        if tok.pos_ in VERB_POS and cues.is_verb_cue(lemma) and tok.i not in relayed:
            dep = _dependent_cue(tok, cues) if lemma in cues.relay_verbs else None
            inner = verb_candidate(dep, cues) if dep is not None else None
            relay = relay_candidate(tok, cues, inner)
            if relay is not None:
                relayed.add(dep.i)
                out.append(relay)
                continue
            cand = verb_candidate(tok, cues)
            if cand is not None:
                out.append(cand)
        elif tok.pos_ == "ADJ" and lemma in cues.adjective_cues:
            cand = _adjective_candidate(tok, cues)
            if cand is not None:
                out.append(cand)
        elif tok.pos_ in ("NOUN", "PROPN") and lemma in cues.nominal_cues:
            cand = nominal_candidate(tok, cues)
            if cand is not None:
                out.append(cand)
    out.extend(according_candidates(doc, cues))
    return sorted(out, key=lambda c: (c.content[0], c.cue[0]))
