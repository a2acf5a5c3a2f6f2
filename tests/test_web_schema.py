"""Schemathesis against the app's OpenAPI schema: every API operation, generated requests, responses checked
against the documented schemas (a few examples each, so it stays fast). The summarizing POSTs are left out
(seconds per call; the API tests cover them)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, python-multipart) is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is not installed")

from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.specs.openapi.checks import positive_data_acceptance  # noqa: E402

from uprkit.store import index_paths, open_store  # noqa: E402
from uprkit.web.app import create_app  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
_ROOT = Path(__import__("tempfile").mkdtemp(prefix="uprkit-web-schema-"))


def _app() -> object:
    db = _ROOT / "upr.db"
    with open_store(db) as store:
        index_paths(store, [DATA / "excerpt_svn48_3.txt", DATA / "wg" / "excerpt_A_HRC_14_15.txt"], jobs=1)
        if not store.drafts():
            store.save_draft({"sections": []}, country="SVN", session=48)  # not a workbench draft: 404 on get
    return create_app(db, _ROOT / "uploads")


schema = (
    schemathesis.openapi.from_asgi("/openapi.json", _app())
    .exclude(method="POST", path_regex=r"^/api/drafts(/example)?$")
)


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_web_schema_api_conforms(case: schemathesis.Case) -> None:
    # A country, kind or position the schema allows as a string may still name nothing: the API answers 400
    # with the documented error body, which the positive-data check would count as a rejection of valid data.
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
