"""The workbench's pages, in process (TestClient) over a database indexed from the fixture excerpts."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, python-multipart, httpx) is not installed")
pytest.importorskip("httpx", reason="httpx (for TestClient) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from uprkit.store import index_paths, open_store  # noqa: E402
from uprkit.web.app import create_app  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
INDEXED = [DATA / "excerpt_svn48_3.txt", DATA / "excerpt_svn7_3.txt", DATA / "excerpt_svn48_2.txt", DATA / "wg",
           DATA / "web" / "xss_summary.txt"]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    root = tmp_path_factory.mktemp("web-pages")
    with open_store(root / "upr.db") as store:
        result = index_paths(store, INDEXED, jobs=1, classify=True)
        assert result.failed == []
    with TestClient(create_app(root / "upr.db", root / "uploads")) as c:
        yield c


def _doc_id(client: TestClient, symbol: str) -> int:
    return next(d["id"] for d in client.get("/api/documents").json() if d["symbol"] == symbol)


def test_web_home_lists_countries_and_counts(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert 'href="/countries/SVN"' in r.text and "Slovenia" in r.text
    assert "9 documents" in r.text


def test_web_search_page_hits_link_to_paragraph_anchors(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ombudsman"})
    assert r.status_code == 200
    doc = _doc_id(client, "A/HRC/WG.6/48/SVN/3")
    assert f'href="/documents/{doc}#p2"' in r.text
    assert "<mark>Ombudsman</mark>" in r.text
    total = int(re.search(r'<strong id="total">(\d+)</strong>', r.text).group(1))  # type: ignore[union-attr]
    assert total == client.get("/api/search", params={"q": "ombudsman"}).json()["total"]
    assert 'href="/api/search/export.csv?q=ombudsman"' in r.text
    assert 'href="/api/search/export.json?q=ombudsman"' in r.text


def test_web_search_page_facets_filter_the_results(client: TestClient) -> None:
    r = client.get("/search", params={"q": "ombudsman"})
    assert "<h3>Country</h3>" in r.text and "<h3>Kind of row</h3>" in r.text
    assert 'href="/search?q=ombudsman&amp;kind=wg_report"' in r.text
    filtered = client.get("/search", params={"q": "ombudsman", "kind": "wg_report"})
    assert filtered.status_code == 200
    assert "kind: wg_report" in filtered.text
    hits = client.get("/api/search", params={"q": "ombudsman", "kind": "wg_report", "limit": 100}).json()["hits"]
    assert hits and {h["kind"] for h in hits} == {"wg_report"}


@pytest.mark.parametrize("query", ['"unbalanced', "(", "NOT", "a AND"])
def test_web_search_syntax_error_is_a_message_not_a_500(client: TestClient, query: str) -> None:
    r = client.get("/search", params={"q": query})
    assert r.status_code == 400
    assert 'id="query-error"' in r.text and "Cannot search:" in r.text


def test_web_search_page_pages_through_results(client: TestClient) -> None:
    first = client.get("/search", params={"q": "rights"})
    second = client.get("/search", params={"q": "rights", "page": 2})
    assert 'href="/search?q=rights&amp;page=2"' in first.text
    assert '<ol class="hits" start="21">' in second.text


def test_web_documents_page_lists_every_document(client: TestClient) -> None:
    r = client.get("/documents")
    assert r.status_code == 200
    assert r.text.count('href="/documents/') == 9
    assert "A/HRC/14/15/Add.1" in r.text


def test_web_document_page_outline_paragraphs_endnotes_statements(client: TestClient) -> None:
    doc = _doc_id(client, "A/HRC/WG.6/48/SVN/3")
    r = client.get(f"/documents/{doc}")
    assert r.status_code == 200
    html = r.text
    assert '<a href="#p2">II. Information provided by the national human rights institution' in html
    assert 'id="p2"' in html and 'id="p26"' in html
    assert '<a class="noteref" href="#en3">3</a>' in html and 'id="en3"' in html
    assert '<a class="back" href="#p2"' in html
    assert '<a href="#st-Ombudsman/HRORS" class="stakeholder">Ombudsman/HRORS</a>' in html
    assert 'id="st-Ombudsman/HRORS"' in html
    assert '<span class="label theme">Equality and non-discrimination</span>' in html
    assert '<span class="verb">noted</span>' in html


def test_web_document_page_lists_recommendations_with_anchors(client: TestClient) -> None:
    doc = _doc_id(client, "A/HRC/14/15")
    r = client.get(f"/documents/{doc}")
    assert 'id="r111.10"' in r.text
    assert "strengthen the Slovenian Human Rights Ombudsman" in r.text


def test_web_country_page_shows_cycles_side_by_side(client: TestClient) -> None:
    r = client.get("/countries/SVN")
    assert r.status_code == 200
    html = r.text
    assert [int(c) for c in re.findall(r'<section class="cycle" id="cycle-(\d)">', html)] == [1, 3, 4]
    assert html.count("<svg") == 7  # cycle 3 has no recommendations: its two charts say "none stored"
    assert "Recommendations by position (15)" in html and "Recommendations by position (19)" in html
    assert '<rect x="190"' in html and "supported: 14" in html
    assert "4 general action" in html
    repeats = html.split('id="repeated"')[1]
    assert "111.10" in repeats and "140.19" in repeats


def test_web_country_page_accepts_a_name(client: TestClient) -> None:
    r = client.get("/countries/Slovenia", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/countries/SVN"
    assert client.get("/countries/Atlantis").status_code == 404
    assert client.get("/countries").text.count('href="/countries/') == 2


def test_web_unknown_pages_render_the_error_page(client: TestClient) -> None:
    r = client.get("/documents/9999")
    assert r.status_code == 404
    assert "no document 9999" in r.text and "<h1>404: not-found</h1>" in r.text
    assert client.get("/documents/abc").status_code == 422
    r = client.get("/documents/9999", headers={"Accept": "application/json"})
    assert r.json()["error"]["code"] == "not-found"


def test_web_draft_review_pages_from_the_example(client: TestClient) -> None:
    import docx

    r = client.post("/drafts/example", data={"limit_words": "5200"}, follow_redirects=False)
    assert r.status_code == 303
    url = r.headers["location"]
    draft = int(url.rsplit("/", 1)[1])
    page = client.get(url)
    assert page.status_code == 200
    assert '<blockquote class="passage">' in page.text and "<mark>" in page.text
    start = int(re.search(r'<strong id="word-count">(\d+)</strong>', page.text).group(1))  # type: ignore[union-attr]
    detail = client.get(f"/api/drafts/{draft}").json()
    assert start == detail["word_count"] == detail["summary"]["word_count"]
    rejected = detail["sentences"]["s5"]
    r = client.post(f"/drafts/{draft}/decide", data={"sentence": "s5", "action": "reject"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/drafts/{draft}#s5"
    client.post(f"/drafts/{draft}/decide", data={"sentence": "s6", "action": "edit", "text": "Reviewed wording here."})
    client.post(f"/drafts/{draft}/decide", data={"sentence": "s7", "action": "accept"})
    page = client.get(url)
    now = int(re.search(r'<strong id="word-count">(\d+)</strong>', page.text).group(1))  # type: ignore[union-attr]
    assert now < start
    assert 'class="review-row status-rejected" id="s5"' in page.text
    assert 'class="review-row status-accepted" id="s7"' in page.text
    md = client.get(f"/drafts/{draft}/export.md")
    assert md.status_code == 200 and "Reviewed wording here." in md.text and rejected not in md.text
    exported = client.get(f"/drafts/{draft}/export.docx")
    assert exported.headers["content-type"].startswith("application/vnd.openxmlformats")
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(exported.content)).paragraphs)
    assert "Reviewed wording here." in text and rejected not in text
    preview = client.get(f"/drafts/{draft}/preview")
    assert preview.status_code == 200 and "Reviewed wording here." in preview.text
    assert f'href="/drafts/{draft}"' in client.get("/drafts").text


def test_web_draft_upload_keeps_original_names_for_display_only(client: TestClient) -> None:
    subs = DATA / "submissions"
    files = [("files", (name, (subs / name).read_bytes(), "application/octet-stream")) for name in ("AI.txt", "JS1.txt", "HRW.docx")]
    r = client.post("/drafts", data={"country": "KAZ", "session": "7", "limit_words": "3000"}, files=files,
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    assert "AI.txt" in page.text and "HRW.docx" in page.text
    detail = client.get("/api/drafts/" + r.headers["location"].rsplit("/", 1)[1]).json()
    assert sorted(detail["files"].values()) == ["AI.txt", "HRW.docx", "JS1.txt"]
    assert all(re.fullmatch(r"submission-\d{3}-[0-9a-f]{8}\.(txt|docx)", k) for k in detail["files"])
    assert {s["abbreviation"] for s in detail["summary"]["stakeholders"]} == {"AI", "JS1", "HRW"}


def test_web_draft_upload_cites_the_previous_review_given_in_the_form(client: TestClient) -> None:
    subs = DATA / "submissions"
    files = [("files", (name, (subs / name).read_bytes(), "application/octet-stream")) for name in ("AI.txt", "JS1.txt")]
    symbols = "A/HRC/42/12, A/HRC/42/12/Add.1 and A/HRC/42/2"
    r = client.post("/drafts", data={"country": "KAZ", "session": "48", "previous_outcome": symbols}, files=files,
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    detail = client.get("/api/drafts/" + r.headers["location"].rsplit("/", 1)[1]).json()
    notes = {n["number"]: n["text"] for n in detail["summary"]["endnotes"]}
    assert notes[1] == symbols + "."
    assert notes[2].startswith("The stakeholders listed below")
    too_long = client.post("/drafts", data={"country": "KAZ", "session": "48", "previous_outcome": "A" * 301},
                           files=files, follow_redirects=False)
    assert too_long.status_code == 400 and "at most 300 characters" in too_long.text



def test_web_draft_review_shows_the_passages_cited_with_see_also(client: TestClient) -> None:
    """A point written once with "See also" for a stakeholder that made it in its own words: the reviewer sees
    that stakeholder's words beside the sentence too, marked "See also"."""
    texts = {
        "AI.txt": ("1. Journalists are prosecuted for their reporting on corruption.\n\n2. The Government should define "
                   "a timetable for the withdrawal of the armed forces from public security tasks.\n"),
        "HRW.txt": ("1. Prisons remain overcrowded.\n\n2. We recommend that Kazakhstan present a timetable for the "
                    "withdrawal of the armed forces from public security.\n"),
    }
    files = [("files", (name, text.encode(), "text/plain")) for name, text in texts.items()]
    r = client.post("/drafts", data={"country": "KAZ", "session": "48"}, files=files, follow_redirects=False)
    assert r.status_code == 303, r.text
    page = client.get(r.headers["location"]).text
    also = page.split('<div class="source see-also">')[1].split("</div>")[0]
    assert "See also: <strong>HRW</strong>" in also and "HRW.txt" in also and "para. 2" in also
    assert "<mark>We recommend that Kazakhstan present a timetable" in also
