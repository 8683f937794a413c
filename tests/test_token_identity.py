"""spaCy makes a new Token object at every access (``doc[i]``, ``tok.head``, ``tok.children``),
so ``tok.head is tok`` is never true and ``tok.head is not tok`` always is: a root test written
that way never stops a climb, and a loop that relies on it runs until its step limit or for
ever. Tokens are compared by position (``tok.head.i == tok.i``). This test keeps identity tests
between tokens out of the extraction and annotation code."""
from __future__ import annotations

import ast
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).parent
SCANNED = ("annotate", "extract")
# names that hold spaCy tokens in these modules
TOKEN_NAMES = frozenset({"tok", "t", "head", "verb", "phrase", "node", "root", "prep", "noun",
                         "clause", "trig"})
# identity tests between objects that are not tokens (trigger objects from one list)
ALLOWED = frozenset({("extract/truces.py", "head is not t")})


def _is_token_ref(node: ast.expr) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "head"


def token_identity_tests(source: str) -> list[tuple[int, str]]:
    """The ``is`` / ``is not`` comparisons in ``source`` that test two tokens for identity."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            if isinstance(op, ast.Is | ast.IsNot) and not any(
                    isinstance(x, ast.Constant) for x in (left, right)):
                names = all(isinstance(x, ast.Name) and x.id in TOKEN_NAMES for x in (left, right))
                if names or _is_token_ref(left) or _is_token_ref(right):
                    found.append((node.lineno, ast.unparse(node)))
            left = right
    return found


def test_the_check_finds_identity_tests_between_tokens() -> None:
    code = ("def f(tok, t):\n"
            "    if tok.head is tok:\n        return 1\n"
            "    while t.head is not t:\n        t = t.head\n"
            "    if tok is t:\n        return 2\n"
            "    return tok.head is None or tok.head.i == tok.i\n")
    assert [line for line, _ in token_identity_tests(code)] == [2, 4, 6]


def test_no_identity_tests_between_tokens() -> None:
    bad = []
    for part in SCANNED:
        for path in sorted((PACKAGE / part).rglob("*.py")):
            rel = path.relative_to(PACKAGE).as_posix()
            for line, text in token_identity_tests(path.read_text(encoding="utf-8")):
                if (rel, text) not in ALLOWED:
                    bad.append(f"{rel}:{line}: {text}")
    assert not bad, "compare tokens by position (.i), not identity:\n" + "\n".join(bad)
