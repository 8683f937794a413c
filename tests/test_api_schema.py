"""Schema-driven API test: schemathesis generates requests from the OpenAPI schema (valid and
invalid) and runs every built-in check on each answer: no 500, status codes, headers and bodies
as documented, invalid data rejected, valid data accepted (except by ingest, which
may refuse valid JSON on its content, with the reason, as 422). Bounded: a few examples per operation here
(``EVENTWIRE_SCHEMA_EXAMPLES`` raises it; ``make schemathesis`` runs a longer pass).
URL ingests go through a resolver stub that refuses every host, so nothing leaves the machine."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import positive_data_acceptance
from views_helpers import corpus_db

from eventwire.ingest import fetch
from eventwire.ingest.errors import InputError
from eventwire.store import Store
from eventwire.views.api import create_app

TOKEN = "schema-token"
EXAMPLES = int(os.environ.get("EVENTWIRE_SCHEMA_EXAMPLES", "12"))


@pytest.fixture(scope="module")
def api_schema(tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    """The app's schema over a copy of the shared corpus (ingests write to the copy)."""
    db = Path(tmp_path_factory.mktemp("schema")) / "corpus.db"
    shutil.copy(corpus_db(), db)
    app = create_app(Store(str(db)), token=TOKEN)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every host name fails to resolve (IP literals included): URL ingests never connect."""
    def refuse(host: str, port: int, source: str) -> list:
        raise InputError(source, f"cannot resolve host {host!r}")

    monkeypatch.setattr(fetch, "resolve", refuse)


@pytest.mark.slow
@pytest.mark.parametrize("mode", list(GenerationMode), ids=lambda m: m.value)
def test_api_conforms_to_its_schema(api_schema: schemathesis.BaseSchema,
                                    mode: GenerationMode) -> None:
    operations = len(list(api_schema.get_all_operations()))

    @given(case=api_schema.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES * operations, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case: schemathesis.Case) -> None:
        # an ingest may refuse schema-valid input on its content (422 with the reason)
        refusable = case.operation.path == "/api/ingest"
        case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                               excluded_checks=[positive_data_acceptance] if refusable else [])

    check()
