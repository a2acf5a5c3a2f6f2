"""The JSON API under /api/, in process (TestClient), and its OpenAPI description."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, python-multipart, httpx) is not installed")
pytest.importorskip("httpx", reason="httpx (for TestClient) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from uprkit.store import index_paths, open_store  # noqa: E402
from uprkit.web.app import create_app  # noqa: E402
from uprkit.web.export import COLUMNS, csv_cell  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
INDEXED = [DATA / "excerpt_svn48_3.txt", DATA / "excerpt_svn7_3.txt", DATA / "excerpt_svn48_2.txt", DATA / "wg"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("web-api")
    with open_store(root / "upr.db") as store:
        assert index_paths(store, INDEXED, jobs=1, classify=True).failed == []
    with TestClient(create_app(root / "upr.db", root / "uploads")) as c:
        yield c


@pytest.fixture(scope="module")
def draft(client: TestClient) -> int:
    r = client.post("/api/drafts/example", json={"limit_words": 5200})
    assert r.status_code == 201
    body = r.json()
    assert body["url"] == f"/drafts/{body['id']}" and body["api"] == f"/api/drafts/{body['id']}"
    return int(body["id"])


def test_web_api_search_returns_hits_and_facets(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": "ombudsman", "limit": 5})
    assert r.status_code == 200
    body = r.json()
    assert body["query"] == "ombudsman" and body["limit"] == 5 and len(body["hits"]) == 5
    assert body["total"] == sum(f["count"] for f in body["facets"]["what"])
    assert {f["value"] for f in body["facets"]["country"]} == {"SVN"}
    top = body["hits"][0]
    assert top["url"].startswith(f"/documents/{top['document_id']}#")
    assert "\ue000" in top["snippet"]


def test_web_api_search_offset_pages(client: TestClient) -> None:
    everything = client.get("/api/search", params={"q": "rights", "limit": 30}).json()["hits"]
    page = client.get("/api/search", params={"q": "rights", "limit": 10, "offset": 20}).json()["hits"]
    assert [h["id"] for h in page] == [h["id"] for h in everything[20:30]]


def test_web_api_search_errors_are_400_or_422_json(client: TestClient) -> None:
    r = client.get("/api/search", params={"q": '"unbalanced'})
    assert r.status_code == 400 and r.json()["error"]["code"] == "query"
    r = client.get("/api/search", params={"q": "rights", "country": "Atlantis"})
    assert r.status_code == 400 and "unknown country 'Atlantis'" in r.json()["error"]["message"]
    r = client.get("/api/search", params={"q": "rights", "cycle": "x"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid-request"
    assert "cycle" in r.json()["error"]["message"]


def test_web_api_export_csv_streams_every_row(client: TestClient) -> None:
    total = client.get("/api/search", params={"q": "rights"}).json()["total"]
    assert total > 40
    with client.stream("GET", "/api/search/export.csv", params={"q": "rights"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
        assert "attachment" in r.headers["content-disposition"]
        body = b"".join(r.iter_bytes()).decode("utf-8")
    rows = list(csv.reader(io.StringIO(body)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) - 1 == total


def test_web_api_export_rows_come_in_batches(client: TestClient) -> None:
    from uprkit.web.export import export_rows
    from uprkit.web.views import SearchParams

    db = client.app.state.settings.db_path  # type: ignore[attr-defined]
    total = client.get("/api/search", params={"q": "rights"}).json()["total"]
    chunks = list(export_rows(db, SearchParams(q="rights"), "json", batch=7))
    assert len(chunks) == total // 7 + 1
    assert len(json.loads(b"".join(chunks))) == total


def test_web_api_export_json_streams_every_row(client: TestClient) -> None:
    total = client.get("/api/search", params={"q": "rights", "kind": "wg_report"}).json()["total"]
    r = client.get("/api/search/export.json", params={"q": "rights", "kind": "wg_report"})
    rows = json.loads(r.text)
    assert len(rows) == total and {row["kind"] for row in rows} == {"wg_report"}
    assert client.get("/api/search/export.json", params={"q": "("}).status_code == 400


def test_web_api_documents_and_detail(client: TestClient) -> None:
    docs = client.get("/api/documents").json()
    assert len(docs) == 8
    svn = next(d for d in docs if d["symbol"] == "A/HRC/WG.6/48/SVN/3")
    detail = client.get(f"/api/documents/{svn['id']}").json()
    assert detail["kind"] == "stakeholder_summary" and len(detail["paragraphs"]) == 26
    p2 = detail["paragraphs"][1]
    assert p2["number"] == 2 and p2["sources"] == ["Ombudsman/HRORS"] and p2["endnotes"] == [3]
    assert p2["statements"][0]["theme"] == "equality-non-discrimination"
    assert detail["endnotes"][2]["citations"][0] == {"source": "Ombudsman", "locator": "p. 2", "resolved": "Ombudsman/HRORS"}
    assert client.get("/api/documents/424242").status_code == 404


def test_web_api_country_summary(client: TestClient) -> None:
    countries = client.get("/api/countries").json()
    assert [c["code"] for c in countries] == ["SMR", "SVN"]
    body = client.get("/api/countries/slovenia").json()
    assert body["code"] == "SVN" and [c["cycle"] for c in body["cycles"]] == [1, 4]
    first = body["cycles"][0]
    assert first["recommendations"] == 15
    assert {p["value"]: p["count"] for p in first["positions"]} == {"supported": 14, "pending": 1}
    pairs = [(rp["earlier"]["number"], rp["later"]["number"]) for rp in body["repeated"]]
    assert ("111.10", "140.19") in pairs
    assert client.get("/api/countries/Atlantis").status_code == 404
    assert client.get("/api/countries/UKR").status_code == 404


def test_web_api_drafts_list_get_decide_export(client: TestClient, draft: int) -> None:
    import docx

    assert draft in [d["id"] for d in client.get("/api/drafts").json()]
    detail = client.get(f"/api/drafts/{draft}").json()
    start = detail["word_count"]
    assert start == detail["summary"]["word_count"] and detail["word_limit"] == 5200
    assert detail["origin"] == "example" and detail["decisions"] == {"sentences": {}}
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s3", "status": "rejected"})
    assert r.status_code == 200
    after_reject = r.json()["word_count"]
    assert after_reject < start
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s3", "status": "draft"})
    assert r.json()["word_count"] == start and r.json()["decisions"] == {"sentences": {}}
    last_heading = max(detail["sections"], key=lambda k: int(k[1:]))
    moved = detail["sentences"]["s4"]
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s4", "status": "accepted", "section": last_heading})
    assert r.status_code == 200
    md = client.get(f"/api/drafts/{draft}/export", params={"format": "md"}).text
    heading = detail["sections"][last_heading]
    assert md.index(moved) > md.index(heading)
    r = client.get(f"/api/drafts/{draft}/export")
    assert r.status_code == 200
    assert moved in "\n".join(p.text for p in docx.Document(io.BytesIO(r.content)).paragraphs)


def test_web_api_draft_decision_errors(client: TestClient, draft: int) -> None:
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s99999", "status": "accepted"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "review"
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s1", "status": "edited", "text": "  "})
    assert r.status_code == 400 and "needs its new text" in r.json()["error"]["message"]
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s1", "status": "approved"})
    assert r.status_code == 422
    r = client.post(f"/api/drafts/{draft}/decisions", json={"sentence": "s1", "status": "accepted", "section": "h999"})
    assert r.status_code == 400
    assert client.get("/api/drafts/31337").status_code == 404
    assert client.get(f"/api/drafts/{draft}/export", params={"format": "pdf"}).status_code == 422


def test_web_api_openapi_documents_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in ("/api/search", "/api/search/export.csv", "/api/search/export.json", "/api/documents",
                 "/api/documents/{document_id}", "/api/countries", "/api/countries/{country}", "/api/drafts",
                 "/api/drafts/example", "/api/drafts/{draft_id}", "/api/drafts/{draft_id}/decisions",
                 "/api/drafts/{draft_id}/export"):
        assert path in paths, path
    assert not [p for p in paths if not p.startswith("/api/")]
    ok = paths["/api/search"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert ok == {"$ref": "#/components/schemas/SearchResponse"}
    assert "multipart/form-data" in paths["/api/drafts"]["post"]["requestBody"]["content"]
    assert {"413", "415"} <= set(paths["/api/drafts"]["post"]["responses"])


def test_web_api_csv_cells_cannot_be_formulas() -> None:
    assert csv_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert csv_cell("+1 call") == "'+1 call" and csv_cell("-3") == "-3" and csv_cell(None) == ""
    assert csv_cell("Ratify the Convention") == "Ratify the Convention"

def test_web_example_draft_cites_slovenias_previous_review(client: TestClient, draft: int) -> None:
    detail = client.get(f"/api/drafts/{draft}").json()
    assert detail["summary"]["endnotes"][0]["text"] == "A/HRC/43/15 and the addendum A/HRC/43/15/Add.1, and A/HRC/43/2."
    assert "previous-outcome-missing" not in {w["code"] for w in detail["summary"]["warnings"]}

