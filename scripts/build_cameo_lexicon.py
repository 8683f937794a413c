#!/usr/bin/env python3
"""Build ``eventwire/data/plover_cameo.json`` from PETRARCH2's CAMEO verb dictionary.

Reads the CAMEO verb pattern dictionary of PETRARCH2 (``CAMEO.2.0.txt``, MIT)
and the PLOVER project's CAMEO→PLOVER table (``CAMEO2PLOVER-2021.txt``) and
writes trigger entries in the shape of ``plover_lexicon.json``:

- a pattern ``- * OBJECT [code]`` becomes an entry with ``object`` (the head
  noun of the object phrase; synonym sets ``&SET`` expanded);
- ``- * (PREP NOUN) [code]`` becomes ``prep_object`` ("prep noun" pairs);
- ``- * PARTICLE [code]`` becomes ``particle``; ``- NOUN * [code]`` ``source_in``;
- a verb coded on its own line (``CONTRIBUTE [070]``) becomes an unconditional
  entry that only counts with an explicit participant (``needs_context``);
  verbs that only inherit their block's code ("think", "add", "go") give
  no unconditional entry: alone they are too general to signal an event.

CAMEO codes map to PLOVER through the table (the most specific listed prefix).
CAMEO 02x (appeal) maps as 10x (demand): PLOVER's REQUEST covers requests,
demands and orders, and the two CAMEO branches share their subcodes. Codes
with no PLOVER type (01x public statements) and the null code ``---`` give
entries with ``"type": null``: that phrase is not an event ("issue a
statement", "die of natural causes").

Patterns coded only with their roles reversed (``[:111]``: "FACE * CRITICISM",
"COME * (UNDER FIRE)", "RECEIVE * THREATS") give entries with ``"reversed": true``:
the clause's subject undergoes the event (the target) and the party of a
from- or by-phrase does it (the source). Only object and prepositional-object
patterns are kept, not multiword objects (``{DEATH THREAT}``, ``{LETTER &WEAPON}``:
their head alone means something else), and not when the curated lexicon already reads the object
noun as an event the subject undergoes ("faced criticism" reads *criticism*).

The document also lists the dictionary's vocabulary of disapproval
(``disapproval``): the attitude nouns that CAMEO 11x patterns (disapprove,
criticize, accuse: PLOVER ACCUSE) take as the object of expressing verbs
("express *dismay*", "voice *outrage*", "reiterate *hostility*"), and the
evaluations of 11x patterns that describe something as something ("dismiss X
*as fabrication*", "slam X *as unacceptable*", "call X *illegitimate*").
Words the curated lexicon already reads as triggers are left out. Reported
speech that uses one of them is read as disapproval (``extract/quotes_disapproval.py``).

``verbal_attack`` lists the words by which the dictionary reads a verb of attack as
criticism (``verbal_attack_words``; used by ``extract/verbal_attacks.py``): the objects,
manner adverbs and reasons of the 11x patterns of the blocks that hold the curated ASSAULT
verbs, without the nouns of parties (PETRARCH2's generic agents, ``Phoenix.agents.txt``
beside the verb dictionary, and its synonym sets of people, forces, places and weapons).

    python scripts/build_cameo_lexicon.py [--cameo PATH] [--plover PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT.parent / "shared" / "resources"
CAMEO_FILE = RESOURCES / "petrarch2" / "CAMEO.2.0.txt"
PLOVER_FILE = RESOURCES / "plover" / "CAMEO2PLOVER-2021.txt"
MODES_FILE = ROOT / "src" / "eventwire" / "data" / "plover_modes.json"
OUT_FILE = ROOT / "src" / "eventwire" / "data" / "plover_cameo.json"
SOURCE = {
    "verbs": "PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2, "
             "petrarch2/data/dictionaries/, commit 676801cd9cb2; LAST UPDATE 30 April 2015)",
    "verbs_licence": "MIT (Copyright (c) 2015 Open Event Data Alliance)",
    "mapping": "PLOVER CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, commit 5e0c24fba623; "
               "PLOVER manual draft 0.8, 17 September 2021)",
    "mapping_licence": "CC BY-SA 4.0 (PLOVER project)",
    "agents": "PETRARCH2 generic agents dictionary Phoenix.agents.txt (same repository and "
              "commit; read for the parties a verbal attack's object must not name)",
    "agents_licence": "MIT (Copyright (c) 2015 Open Event Data Alliance)",
}
TOKEN_RE = re.compile(r"\{[^}]*\}|\([^)]*\)|&\w+|[^\s]+")
CODE_RE = re.compile(r"\[([^\]]*)\]")
MARKERS = frozenset({"$", "+", "%", "^", "-"})
PARTICLES = frozenset({"off", "up", "out", "down", "back", "away", "aside", "forward", "over",
                       "in", "on", "to", "with", "against", "for", "into", "through", "about",
                       "at", "from", "by", "under", "across", "around", "upon", "of"})
SUBJECT_FUNCTION_WORDS = frozenset({"will", "not", "would", "to", "no", "never", "did", "do",
                                    "does", "has", "have", "had", "be", "been", "is", "was"})
NOT_PREP_HEADS = frozenset({"a", "an", "the", "his", "her", "its", "their"})
# CAMEO2PLOVER mode names → the package's mode names (plover_modes.json)
MODE_ALIASES = {
    ("PROTEST", "demo"): "demo-org", ("PROTEST", "hunger"): "strike-hun",
    ("PROTEST", "boycott"): "strike-gen", ("PROTEST", "riot"): "riot-spon",
    ("RETREAT", "release"): None, ("COERCE", "restrict"): None,
}
APPEAL_PREFIX, DEMAND_PREFIX, STATEMENT_PREFIX = "02", "10", "01"
DISAPPROVE_CODES = ("110", "111", "112")  # CAMEO disapprove, criticize, accuse
EXPRESSING_VERBS = frozenset({"express", "voice", "reiterate"})  # 'express dismay'
NAMING_VERBS = frozenset({"call"})  # 'call X illegitimate'
CURATED_FILE = ROOT / "src" / "eventwire" / "data" / "plover_lexicon.json"
AGENTS_NAME = "Phoenix.agents.txt"  # beside CAMEO.2.0.txt
ACCUSE_CODES = ("11",)  # CAMEO 11x: disapprove, criticize, accuse (PLOVER ACCUSE)
PARTY_SETS = ("&SUSPECT", "&PEOPLE", "&MILITARY", "&LEADER", "&OPPOSITION", "&NEGOTIATOR",
              "&REFUGEE", "&HOSTAGE", "&TOWN", "&STRONGHOLD", "&CAR", "&AIRCRAFT", "&WEAPON")
MIN_SAID = 5  # 11x object patterns that make criticism a main reading of a block's verbs
NOT_WORDS = frozenset({"if", "since", "when", "between", "alongside"})  # function words of patterns


def read_plover_table(path: Path) -> dict[str, tuple[str, str | None, str | None]]:
    """CAMEO code → (PLOVER type, mode, first context) from the conversion table."""
    table: dict[str, tuple[str, str | None, str | None]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        body = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", body)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        etype = fields[0].upper()
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        context = fields[2].split(";")[0].strip() if len(fields) > 2 and fields[2] else None
        if len(m.group(1)) > 2:
            table.setdefault(m.group(1), (etype, mode, context or None))
    return table


def plover_of(code: str, table: dict[str, tuple[str, str | None, str | None]]
              ) -> tuple[str, str | None, str | None] | None:
    """The PLOVER (type, mode, context) of a CAMEO code, or None when it is no PLOVER event."""
    if not code or code == "---" or code.startswith(STATEMENT_PREFIX):
        return None
    if code.startswith(APPEAL_PREFIX):
        code = DEMAND_PREFIX + code[2:]
    for n in range(len(code), 2, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def package_mode(etype: str, mode: str | None, context: str | None,
                 modes: dict[str, dict[str, list[str]]]) -> str | None:
    """The package's mode for a table mode (AID takes its context as mode), or None."""
    known = modes.get(etype, {})
    for candidate in (mode, context if etype == "AID" else None):
        if not candidate:
            continue
        candidate = MODE_ALIASES.get((etype, candidate), candidate)
        if candidate in known:
            return candidate
    return None


def lemma_forms(word: str) -> list[str]:
    """Lower-case lemma candidates of a dictionary noun ('CLASHES' → clashes, clash, ...)."""
    w = word.lower().strip("_")
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("es") and len(w) > 3:
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    return list(dict.fromkeys(out))


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """Synonym set name ('&CURRENCY') → head words of its phrases. A blank line ends a set; a
    comment line inside one does not (``&CURRENCY`` opens with a dated comment, and read as
    ending there the set was empty and every pattern on money, 'give &CURRENCY', 'appeal for
    &CURRENCY', 'pledge &CURRENCY', was lost)."""
    sets: dict[str, list[str]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line and raw.strip():
            continue  # a comment line
        if line.startswith("&"):
            current = line.split()[0].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current:
            phrase = line[1:].split()[0].strip("_")
            head = phrase.split("_")[-1]
            if head:
                sets[current].append(head)
        elif not line:
            current = None
    return sets


def heads_of(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """Lemma candidates of the head of a noun token, braced phrase or synset."""
    words = token.strip("{}").split()
    if not words:
        return []
    head = words[-1]
    raw = synsets.get(head.rstrip("_"), []) if head.startswith("&") else [head]
    return [f for w in raw for f in lemma_forms(w) if w and w[0].isalpha()]


def condition_of(pre: str, post: str, synsets: dict[str, list[str]]) -> tuple[str, Any] | None:
    """The trigger condition of a pattern: ('object'|'prep_object'|'particle'|'source_in', value)."""
    tokens = [t for t in TOKEN_RE.findall(post) if t not in MARKERS]
    particle = None
    for tok in tokens:
        if tok.startswith("("):
            inner = TOKEN_RE.findall(tok[1:-1])
            if not inner:
                continue
            prep = inner[0].lower()
            rest = [t for t in inner[1:] if t not in MARKERS]
            if not rest:
                return "particle", [prep]
            heads = [h for t in rest[-1:] for h in heads_of(t, synsets)]
            heads = [h for h in heads if h not in NOT_PREP_HEADS]
            return ("prep_object", [f"{prep} {h}" for h in heads]) if heads else None
        if tok.startswith("{") or tok.startswith("&") or tok.lower() not in PARTICLES:
            heads = heads_of(tok, synsets)
            return ("object", heads) if heads else None
        particle = particle or tok.lower()
    if particle:
        return "particle", [particle]
    subject = [t for t in TOKEN_RE.findall(pre) if t not in MARKERS]
    if subject:
        heads = heads_of(subject[-1], synsets)
        return ("source_in", heads) if heads else None
    return None


def subject_of(pre: str, synsets: dict[str, list[str]]) -> tuple[str, ...]:
    """The subject heads a pattern names before its verb ('&MILITARY * TO': army, troops ...;
    'FIGHTER * (TOWARD)': fighter), or () when it names none or only function words
    ('WILL NOT * ...'): a pattern with a subject only holds for that subject."""
    words = [t for t in TOKEN_RE.findall(pre) if t not in MARKERS and (
        t.startswith(("&", "{")) or (t.isalpha() and t.lower() not in SUBJECT_FUNCTION_WORDS))]
    return tuple(sorted(set(heads_of(words[-1], synsets)))) if words else ()


def parse_verb(line: str) -> tuple[str, str | None, str | None] | None:
    """(lemma, particle, own code) of a verb line; None for verbs with words before the verb."""
    body = line.split("#", 1)[0]
    code_m = CODE_RE.search(re.sub(r"\{[^}]*\}", "", body))
    phrase = body.split()[0]
    words = phrase.split("_")
    marked = [i for i, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    if at > 0 or not words[at].strip("+").isalpha():
        return None
    particle = words[at + 1].lower() if len(words) > at + 1 and words[at + 1] else None
    return words[at].strip("+").lower(), particle, (active_code(code_m.group(1)) if code_m else None)


def active_code(raw: str) -> str | None:
    """The active-voice code of '[042:043]' / '[190]'; None for passive-only '[:173]'."""
    first = raw.split(":")[0].strip()
    return first or None


def reversed_code(raw: str) -> str | None:
    """The code of a pattern coded only with its roles reversed ('[:111]'), else None."""
    first, _, second = raw.partition(":")
    return second.strip() or None if not first.strip() and second.strip() != "---" else None


def reversed_entries(block: dict[str, Any], table: dict, synsets: dict[str, list[str]],
                     modes: dict, known_nouns: set[str]) -> list[dict[str, Any]]:
    """Entries of a block's role-reversed object patterns: the subject undergoes the event."""
    plain = sorted({v for v, particle, _ in block["verbs"] if particle is None})
    grouped: dict[tuple[str, str], set[str]] = defaultdict(set)
    for pre, post, code in block.get("reversed", []):
        cond = condition_of(pre, post, synsets)
        if pre or "{" in post or cond is None or cond[0] not in ("object", "prep_object") \
                or plover_of(code, table) is None:  # '{LETTER &WEAPON}': no head alone
            continue
        heads = {v for v in cond[1] if v.split()[-1] not in known_nouns
                 and v.split()[-1].removesuffix("s") not in known_nouns}
        grouped[(code, cond[0])].update(heads)
    return [_entry(plain, code, table, modes) | {key: sorted(values), "reversed": True}
            for (code, key), values in sorted(grouped.items()) if plain and values]


def read_blocks(lines: list[str]) -> list[dict[str, Any]]:
    """Verb blocks: {'code', 'verbs': [(lemma, particle, code)], 'patterns': [(pre, post, code)]}."""
    blocks: list[dict[str, Any]] = []
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("---"):
            m = CODE_RE.search(line)
            blocks.append({"code": m.group(1).strip() if m else "---", "verbs": [],
                           "patterns": [], "reversed": []})
        elif not blocks or not line.strip() or line.lstrip().startswith("#"):
            continue
        elif line.startswith("-"):
            body = line[1:].split("#", 1)[0]
            m = CODE_RE.search(body)
            if m is None or "*" not in body:
                continue
            code = active_code(m.group(1))
            pre, post = body[:m.start()].split("*", 1)
            if code:
                blocks[-1]["patterns"].append((pre.strip(), post.strip(), code))
            elif reversed_code(m.group(1)):
                blocks[-1]["reversed"].append((pre.strip(), post.strip(),
                                               reversed_code(m.group(1))))
        elif line[0].isalpha() or line[0] == "+":
            verb = parse_verb(line)
            if verb is not None:
                blocks[-1]["verbs"].append(verb)
    return blocks


def block_entries(block: dict[str, Any], table: dict, synsets: dict[str, list[str]],
                  modes: dict) -> list[dict[str, Any]]:
    """Lexicon entries of one verb block: its patterns (merged per code) and verb defaults."""
    plain = sorted({v for v, particle, _ in block["verbs"] if particle is None})
    grouped: dict[tuple[str, str, tuple[str, ...]], set[str]] = defaultdict(set)
    for pre, post, code in block["patterns"]:
        cond = condition_of(pre, post, synsets)
        if cond is not None and cond[1]:
            subject = subject_of(pre, synsets) if cond[0] != "source_in" else ()
            grouped[(code, cond[0], subject)].update(cond[1])
    out = []
    for (code, key, subject), values in sorted(grouped.items()):
        if plain:
            extra = {"source_in": list(subject)} if subject else {}
            out.append(_entry(plain, code, table, modes) | {key: sorted(values)} | extra)
    for lemma, particle, own in block["verbs"]:
        code = own or block["code"]
        if particle is not None and code != "---":
            out.append(_entry([lemma], code, table, modes) | {"particle": [particle]})
    defaults: dict[str, list[str]] = defaultdict(list)
    for lemma, particle, own in block["verbs"]:
        if particle is None and own and own != "---" and plover_of(own, table) is not None:
            defaults[own].append(lemma)
    for code, lemmas in sorted(defaults.items()):
        out.append(_entry(sorted(set(lemmas)), code, table, modes) | {
            "needs_context": sorted(set(lemmas)), "default": True})
    return out


def _entry(lemmas: list[str], code: str, table: dict, modes: dict) -> dict[str, Any]:
    """The base of an entry: lemmas, PLOVER type and mode (or type null), CAMEO code."""
    found = plover_of(code, table)
    entry: dict[str, Any] = {"pos": "verb", "lemmas": lemmas, "type": found[0] if found else None,
                             "cameo": code}
    mode = package_mode(found[0], found[1], found[2], modes) if found else None
    if mode:
        entry["mode"] = mode
    return entry


def disapproval_words(blocks: list[dict[str, Any]], synsets: dict[str, list[str]],
                      curated: set[str]) -> dict[str, list[str]]:
    """The attitude nouns and evaluations of the 11x patterns (see the module docstring)."""
    nouns: set[str] = set()
    evaluations: set[str] = set()
    for block in blocks:
        verbs = {v for v, _, _ in block["verbs"]}
        for _pre, post, code in block["patterns"]:
            if not code.startswith(DISAPPROVE_CODES):
                continue
            tokens = TOKEN_RE.findall(post)
            if tokens and tokens[0].upper().startswith("(AS "):
                evaluations.update(heads_of(tokens[0][1:-1].split(None, 1)[1], synsets))
                continue
            words = [t for t in tokens if t not in MARKERS and not t.startswith(("(", "&"))
                     and t.lower() not in PARTICLES]
            if not words:
                continue  # synonym sets name targets ('&OPPOSITION' holds 'opponent')
            heads = heads_of(words[-1], synsets)  # 'PLAN UNACCEPTABLE': the evaluation
            if verbs & EXPRESSING_VERBS:
                nouns.update(heads)
            elif verbs & NAMING_VERBS:
                evaluations.update(heads)
    keep = lambda words: sorted(w for w in words if w.isalpha() and len(w) > 2  # noqa: E731
                                and w not in curated)
    return {"nouns": keep(nouns), "evaluations": keep(evaluations - nouns)}


def agent_words(path: Path) -> set[str]:
    """One-word generic agents of PETRARCH2's agents dictionary ('government', 'court',
    'envoy'), lower case: nouns that name a party, which can be attacked in body (none when
    the dictionary has no agents file beside it)."""
    out: set[str] = set()
    if not path.exists():
        return out
    for line in path.read_text(encoding="latin-1").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body or body.startswith("!"):
            continue
        word = body.split()[0].strip("_").lower()
        if word.isalpha():
            out.add(word)
    return out


def curated_attack_entries(path: Path) -> list[set[str]]:
    """The verb sets of the curated lexicon's ASSAULT entries that ask for no condition."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return [{w.lower() for w in e["lemmas"]} for e in doc["entries"]
            if e["pos"] == "verb" and e["type"] == "ASSAULT"
            and not any(k in e for k in CONDITION_FIELDS)]


CONDITION_FIELDS = ("prep", "particle", "object", "modifier", "xcomp", "future", "object_actor",
                    "object_place", "xcomp_any", "source_in", "prep_object", "object_modifier")


def verbal_attack_words(blocks: list[dict[str, Any]], synsets: dict[str, list[str]],
                        attack_entries: list[set[str]], agents: set[str]) -> dict[str, list[str]]:
    """The words by which the dictionary reads a verb of attack as criticism (CAMEO 11x,
    PLOVER ACCUSE). In each verb block that holds a curated ASSAULT verb: the heads of the
    11x patterns' objects ('ATTACK * POLICY', 'HIT * &PROPOSAL', 'BLAST * DECISION') that name
    no party (no generic agent, no noun of the dictionary's sets of people, forces, places and
    weapons, no noun the curated lexicon reads as an attack), the gerunds of their reasons
    ('* (FOR FAILING)', '* (FOR DENYING)'), and their manner adverbs ('SHARPLY *', 'VERBALLY
    *', '* BITTERLY') with the verbs of the blocks that give them. ``verbs`` are the curated
    ASSAULT entries' verbs that share an entry with a verb of such a block ('target' with
    'attack' and 'strike')."""
    parties = set(agents)
    for name in PARTY_SETS:
        parties.update(f for w in synsets.get(name, []) for f in lemma_forms(w))
    attack_verbs = set().union(*attack_entries)
    found: set[str] = set()
    manner_verbs: set[str] = set()
    objects: set[str] = set()
    manners: set[str] = set()
    reasons: set[str] = set()
    for block in blocks:
        mine = {v for v, _, _ in block["verbs"]} & attack_verbs
        said = [(pre, post) for pre, post, code in block["patterns"]
                if code.startswith(ACCUSE_CODES)]
        if not mine or sum(1 for pre, post in said if (condition_of(pre, post, synsets) or
                                                         ("",))[0] == "object") < MIN_SAID:
            continue  # a block whose verbs criticize only in a phrase or two ('FLOG')
        found.update(mine)
        for pre, post in said:
            words = [t for t in TOKEN_RE.findall(f"{pre} {post}") if t not in MARKERS]
            adverbs = {w.lower() for w in words if w.isalpha() and w.lower().endswith("ly")}
            if adverbs:
                manners.update(adverbs)
                manner_verbs.update(mine)
            cond = condition_of(pre, post, synsets)
            if cond is None:
                continue
            key, values = cond
            if key == "object":
                objects.update(v for v in values if v.isalpha() and not v.endswith("ly")
                               and v not in parties and v not in NOT_WORDS)
            elif key == "prep_object":
                reasons.update(v.split()[1] for v in values if v.startswith("for ")
                               and v.endswith("ing"))
    verbs = set().union(*[e for e in attack_entries if e & found])
    return {"verbs": sorted(verbs), "objects": sorted(objects - attack_nouns()),
            "reasons": sorted(reasons), "manners": sorted(manners),
            "manner_verbs": sorted(manner_verbs)}


def attack_nouns() -> set[str]:
    """Nouns the curated lexicon reads as an ASSAULT ('attack the offensive' is no criticism)."""
    doc = json.loads(CURATED_FILE.read_text(encoding="utf-8"))
    return {w.lower() for e in doc["entries"] if e["pos"] == "noun" and e["type"] == "ASSAULT"
            for w in e["lemmas"]}


def curated_nouns(path: Path) -> set[str]:
    """The noun triggers of the curated lexicon (read as events wherever they stand)."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {w.lower() for e in doc["entries"] if e["pos"] == "noun" and e["type"]
            for w in e["lemmas"]}


def curated_lemmas(path: Path) -> set[str]:
    """Every lemma of the curated trigger lexicon."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return {w.lower() for e in doc["entries"] for w in e["lemmas"]}


def build(cameo: Path, plover: Path) -> dict[str, Any]:
    """The derived lexicon document with its provenance."""
    lines = cameo.read_text(encoding="latin-1").splitlines()
    start = next(i for i, line in enumerate(lines) if "VERB PATTERNS" in line)
    end = next((i for i, line in enumerate(lines) if "TRANSFORMATIONS" in line), len(lines))
    synsets = read_synsets(lines[:start])
    table = read_plover_table(plover)
    modes = json.loads(MODES_FILE.read_text(encoding="utf-8"))["modes"]
    blocks = read_blocks(lines[start + 1:end])
    entries = [e for block in blocks for e in block_entries(block, table, synsets, modes)]
    nouns = curated_nouns(CURATED_FILE)
    entries += [e for block in blocks
                for e in reversed_entries(block, table, synsets, modes, nouns)]
    return {
        "version": "CAMEO.2.0 (2015-04-30) × CAMEO2PLOVER 2021-09-17",
        "source": SOURCE,
        "doc": "Generated by scripts/build_cameo_lexicon.py; do not edit by hand. "
               "Documented in EVENTS.md.",
        "disapproval": disapproval_words(blocks, synsets, curated_lemmas(CURATED_FILE)),
        "verbal_attack": verbal_attack_words(blocks, synsets, curated_attack_entries(CURATED_FILE),
                                             agent_words(cameo.parent / AGENTS_NAME)),
        "entries": entries,
    }


def dumps(doc: dict[str, Any]) -> str:
    """The document as JSON with one entry per line (small, and readable in diffs)."""
    head = {k: v for k, v in doc.items() if k != "entries"}
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in doc["entries"]]
    body = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    return body + ',\n "entries": [\n' + ",\n".join(lines) + "\n ]\n}\n"


def main() -> None:
    """Read the resources and write the package data file."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cameo", type=Path, default=CAMEO_FILE)
    ap.add_argument("--plover", type=Path, default=PLOVER_FILE)
    ap.add_argument("--out", type=Path, default=OUT_FILE)
    args = ap.parse_args()
    doc = build(args.cameo, args.plover)
    args.out.write_text(dumps(doc), encoding="utf-8")
    typed = sum(1 for e in doc["entries"] if e["type"])
    print(f"wrote {args.out}: {len(doc['entries'])} entries ({typed} typed, "
          f"{len(doc['entries']) - typed} not events)")


if __name__ == "__main__":
    main()
