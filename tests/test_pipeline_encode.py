"""A pipeline's ``encode`` runs where each article is extracted; the stream yields its result."""

from __future__ import annotations

import json

from eventwire.model import Article, Extraction, extraction_line, json_line
from eventwire.pipeline import Pipeline, ProcessingError

TEXTS = ("The defence minister of Norway met his Swedish counterpart in Oslo on Tuesday.",
         "Protesters marched through the capital on Sunday, the police said.")


def articles() -> list[Article]:
    return [Article(id=f"a{i}", text=t, published="2025-03-04") for i, t in enumerate(TEXTS)]


def test_without_encode_the_stream_yields_extractions() -> None:
    out = list(Pipeline().run(articles()))
    assert all(isinstance(x, Extraction) for x in out)


def test_encode_yields_the_extract_line_of_each_article() -> None:
    plain = [json_line(ex.to_dict()) for ex in Pipeline().run(articles())]
    encoded = list(Pipeline(encode="eventwire.model:extraction_line").run(articles()))
    assert encoded == plain
    assert [json.loads(line)["id"] for line in encoded] == ["a0", "a1"]


def test_encode_travels_in_the_spec() -> None:
    pipe = Pipeline(encode="eventwire.model:extraction_line")
    again = Pipeline.from_spec(pipe.spec())
    assert again.encode == "eventwire.model:extraction_line"
    assert Pipeline.from_spec(Pipeline().spec()).encode is None


def test_an_encode_that_fails_is_that_article_s_error() -> None:
    pipe = Pipeline(encode="json:dumps")  # an Extraction is not JSON: each article fails alone
    out = list(pipe.run(articles()))
    assert [type(x) for x in out] == [ProcessingError, ProcessingError]
    assert out[0].article_id == "a0" and "TypeError" in out[0].message


def test_json_line_escapes_what_utf8_cannot_encode() -> None:
    assert json_line({"t": "Zürich"}) == '{"t": "Zürich"}\n'
    assert json_line({"t": "a\ud800b"}) == '{"t": "a\\ud800b"}\n'
    assert extraction_line(next(iter(Pipeline().run(articles()[:1])))).endswith("}\n")


def test_actor_ref_dict_has_every_set_field_in_order() -> None:
    from dataclasses import fields

    from eventwire.model import ActorRef

    names = [f.name for f in fields(ActorRef)]
    full = ActorRef(**{n: f"v-{n}" for n in names})
    assert list(full.to_dict().items()) == [(n, f"v-{n}") for n in names]
    bare = ActorRef(id="RUS", name="Russia", kind="state")
    assert bare.to_dict() == {"id": "RUS", "name": "Russia", "kind": "state"}
