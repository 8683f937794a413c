"""Property-based fuzzing of the ingest path: no input escapes as an exception.

Bounded in CI; ``make fuzz`` raises the example count through
``EVENTWIRE_FUZZ_EXAMPLES`` and runs ``bench/bench_fuzz.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fuzz_inputs import CATEGORIES, generate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.corpus import extract
from eventwire.ingest import InputError, build_article, read_sources
from eventwire.model import Article
from eventwire.pipeline import Pipeline

EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "25"))
SMALL_CATEGORIES = sorted(set(CATEGORIES) - {"huge_lines"})  # the long run covers huge inputs
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
NAMES = st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl", "a.xml", "a"])

_PIPELINE: list[Pipeline] = []


def pipeline() -> Pipeline:
    """One pipeline for the whole module."""
    if not _PIPELINE:
        _PIPELINE.append(Pipeline())
    return _PIPELINE[0]


def run(path: Path) -> list[str]:
    """Extract one file; every result must serialise as UTF-8 JSON. Returns the errors."""
    errors: list[str] = []
    for ex in extract([str(path)], pipeline=pipeline(),
                      on_error=lambda source, message: errors.append(message)):
        json.dumps(ex.to_dict(), ensure_ascii=False).encode("utf-8")
    for message in errors:
        assert "\n" not in message and message
    return errors


@FUZZ
@given(text=st.text(alphabet=ANY_CHAR, max_size=400), title=st.text(alphabet=ANY_CHAR,
                                                                     max_size=20))
def test_build_article_never_raises_anything_but_input_error(text: str, title: str) -> None:
    try:
        article = build_article(text, title=title, id="x")
    except InputError:
        return
    assert isinstance(article, Article)
    article.text.encode("utf-8")
    (article.title or "").encode("utf-8")


@FUZZ
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes_never_escape(tmp_path_factory: pytest.TempPathFactory, data: bytes,
                                   name: str) -> None:
    path = tmp_path_factory.mktemp("fz") / name
    path.write_bytes(data)
    run(path)


@FUZZ
@given(seed=st.integers(0, 10**6), category=st.sampled_from(SMALL_CATEGORIES))
def test_generated_hostile_inputs_never_escape(tmp_path_factory: pytest.TempPathFactory,
                                               seed: int, category: str) -> None:
    _, name, data = generate(seed, category)
    path = tmp_path_factory.mktemp("fz") / name
    path.write_bytes(data)
    run(path)


@pytest.mark.parametrize("line", ["[" * 100_000, '{"a":' * 5000 + "1" + "}" * 5000,
                                  '"just a string"', "[1, 2]"])
def test_jsonl_depth_and_shape_are_one_line_errors(tmp_path: Path, line: str) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert items and all(isinstance(i, InputError) for i in items)


def test_stdin_jsonl_with_a_bad_first_line_is_not_one_text_article() -> None:
    import io

    body = '{"id": "a", "text": broken\n{"id": "b", "text": "Talks in Geneva ended on Monday."}\n'
    items = list(read_sources(["-"], stdin=io.BytesIO(body.encode())))
    assert isinstance(items[0], InputError) and "stdin:1" in items[0].source
    assert isinstance(items[1], Article) and items[1].id == "b"


def test_feed_with_an_undeclared_prefix_is_read(tmp_path: Path) -> None:
    path = tmp_path / "f.xml"
    path.write_text("<rss><channel><item><media:title>M</media:title><title>Talks</title>"
                    "<content:encoded><![CDATA[<p>Russia and Ukraine held talks in Istanbul "
                    "on Monday, officials said.</p>]]></content:encoded></item></channel></rss>",
                    encoding="utf-8")
    items = list(read_sources([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article"]


def test_guards_report_their_decisions() -> None:
    text = "Talks ended. " + "!" * 500 + " Then " + "x" * 1000 + " and \ud800 more\x07."
    article = build_article(text, id="g")
    kinds = {f.data.get("guard") for f in article.flags if f.kind == "guard"}
    assert kinds == {"surrogates", "controls", "punctuation", "tokens"}
    assert max(len(t) for t in article.text.split()) <= 200


def test_text_over_the_limit_is_refused_naming_it() -> None:
    from eventwire.ingest import MAX_TEXT_CHARS

    with pytest.raises(InputError, match=f"{MAX_TEXT_CHARS:,}"):
        build_article("Word and more. " * (MAX_TEXT_CHARS // 10), id="big")


def test_text_over_the_token_limit_is_refused_naming_it() -> None:
    from eventwire.ingest.guards import MAX_TEXT_TOKENS

    text = "Putin, " * (MAX_TEXT_TOKENS // 2 + 10)  # under the character limit
    with pytest.raises(InputError, match=f"{MAX_TEXT_TOKENS:,} words and marks"):
        build_article(text, id="dense")
    build_article("Putin, " * (MAX_TEXT_TOKENS // 2 - 10), id="fits")


def test_one_budget_covers_parsing_and_components() -> None:
    from eventwire.budget import MIN_SECONDS, budget_for, remaining

    assert remaining(30_000, 0.0) == budget_for(30_000)
    assert remaining(30_000, 1.5) == pytest.approx(budget_for(30_000) - 1.5)
    assert remaining(30_000, 99.0) == MIN_SECONDS
    assert budget_for(100_000) <= 6.0


def test_components_run_within_what_parsing_left(monkeypatch: pytest.MonkeyPatch) -> None:
    import eventwire.pipeline as pipeline_module

    given: list[float] = []
    monkeypatch.setattr(pipeline_module, "remaining", lambda n, spent: given.append(spent) or 5.0)
    article = build_article("Russia and Ukraine held talks in Istanbul on Monday.", id="b")
    pipe = pipeline()
    results = list(pipe.run([article]))
    assert [type(r).__name__ for r in results] == ["Extraction"]
    # one budget per stage (a component with a batch step starts one), each counting the
    # parse's CPU and every earlier stage's
    stages = 1 + sum(1 for c in pipe.components[1:] if hasattr(c, "prepare_batch"))
    assert len(given) == stages and given[0] > 0.0 and given == sorted(given)


def test_implausible_publication_date_is_flagged_not_fatal() -> None:
    article = build_article("Russia and Ukraine held talks in Istanbul next week.", id="d",
                            published="9999-12-31")
    assert article.published is None
    assert any("9999-12-31" in f.message for f in article.flags)
