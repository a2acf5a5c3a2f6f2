"""Safety of the workbench: escaping, upload limits and types, generated names, query errors, local binding."""

from __future__ import annotations

import ast
import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web extra (fastapi, jinja2, python-multipart, httpx) is not installed")
pytest.importorskip("httpx", reason="httpx (for TestClient) is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from uprkit.store import index_paths, open_store  # noqa: E402
from uprkit.web.app import create_app  # noqa: E402
from uprkit.web.uploads import MB, UploadLimits, UploadTooLarge, receive_upload  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
WEB = DATA / "web"
XSS = "<script>alert"


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("web-safety")
    with open_store(root / "upr.db") as store:
        assert index_paths(store, [WEB / "xss_summary.txt", DATA / "excerpt_svn48_3.txt"], jobs=1).failed == []
    return root


@pytest.fixture(scope="module")
def client(root: Path) -> Iterator[TestClient]:
    with TestClient(create_app(root / "upr.db", root / "uploads")) as c:
        yield c


def _inert(html: str) -> None:
    assert XSS not in html and "<img src=x" not in html and "<b>bold</b>" not in html


def _uploads(root: Path) -> list[Path]:
    return sorted(p for p in (root / "uploads").rglob("*") if p.is_file()) if (root / "uploads").exists() else []


def test_web_document_text_renders_inert(client: TestClient) -> None:
    doc = next(d["id"] for d in client.get("/api/documents").json() if d["symbol"] == "A/HRC/WG.6/34/SVN/3")
    html = client.get(f"/documents/{doc}").text
    _inert(html)
    assert "&lt;script&gt;alert(&#39;heading&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert" in html
    assert "Amnesty International &lt;script&gt;" in html
    raw = client.get(f"/api/documents/{doc}").json()  # JSON keeps the text as written
    assert "<script>" in raw["paragraphs"][1]["text"]


def test_web_search_snippets_and_filters_render_inert(client: TestClient) -> None:
    html = client.get("/search", params={"q": "zanzibarquux"}).text
    assert "<mark>zanzibarquux</mark>" in html
    _inert(html)
    assert "&lt;script&gt;" in html
    echoed = client.get("/search", params={"q": '"<script>alert(1)</script>', "source": "<script>alert(1)</script>"}).text
    _inert(echoed)
    error = client.get("/documents/1", params={"x": "<script>alert(1)</script>"}).text
    _inert(error)


def test_web_uploaded_submission_renders_inert(client: TestClient) -> None:
    files = [("files", ("<script>alert(1)</script>.txt", (WEB / "xss_submission.txt").read_bytes(), "text/plain"))]
    r = client.post("/drafts", data={"country": "SVN", "session": "34"}, files=files, follow_redirects=False)
    assert r.status_code == 303, r.text
    html = client.get(r.headers["location"]).text
    _inert(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # in the source passage beside the sentence
    _inert(client.get(r.headers["location"] + "/preview").text)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("setup.exe", b"MZ\x90\x00" + b"\x00" * 100, "setup.exe: executable files are refused"),
        ("notes.txt", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "notes.txt: executable files are refused"),
        ("run.sh", b"#!/bin/sh\nrm -rf /\n", "run.sh: executable files are refused"),
        ("report.pdf", b"just some text", "report.pdf: not a PDF file"),
        ("report.docx", b"PK\x03\x04 not really a zip", "report.docx: not a DOCX file"),
        ("data.csv", b"a,b\n1,2\n", "data.csv: only .pdf, .docx, .txt and .html files are accepted"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "image.txt: not a text file"),
        ("empty.txt", b"", "empty.txt: the file is empty"),
    ],
)
def test_web_upload_refuses_wrong_types(client: TestClient, root: Path, name: str, content: bytes, message: str) -> None:
    before = _uploads(root)
    r = client.post("/api/drafts", data={"country": "SVN"}, files=[("files", (name, content, "application/octet-stream"))])
    assert r.status_code == 415
    assert r.json()["error"]["message"].startswith(message)
    assert _uploads(root) == before  # nothing kept
    page = client.post("/drafts", data={"country": "SVN"}, files=[("files", (name, content, "text/plain"))])
    assert page.status_code == 415 and message.split(": ", 1)[1] in page.text


def test_web_upload_form_errors_are_clear(client: TestClient, root: Path) -> None:
    txt = ("files", ("AI.txt", (DATA / "submissions" / "AI.txt").read_bytes(), "text/plain"))
    r = client.post("/api/drafts", data={"country": "Atlantis"}, files=[txt])
    assert r.status_code == 400 and "unknown country" in r.json()["error"]["message"]
    r = client.post("/api/drafts", data={"country": "KAZ", "session": "abc"}, files=[txt])
    assert r.status_code == 400 and "the session must be a whole number" in r.json()["error"]["message"]
    r = client.post("/api/drafts", data={"country": "KAZ"})
    assert r.status_code == 400
    r = client.post("/api/drafts", json={"country": "KAZ"})
    assert r.status_code == 400 and "multipart/form-data" in r.json()["error"]["message"]


def _multipart_stream(size: int, name: str = "big.txt", chunk: int = MB) -> Iterator[bytes]:
    """A multipart body with one file of ``size`` bytes, produced a chunk at a time (never held whole)."""
    block = b"a" * chunk
    yield b"--XyZ\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\nSVN\r\n"
    yield f"--XyZ\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n".encode()
    yield b"Content-Type: text/plain\r\n\r\n"
    sent = 0
    while sent < size:
        n = min(chunk, size - sent)
        yield block if n == chunk else block[:n]
        sent += n
    yield b"\r\n--XyZ--\r\n"


def test_web_upload_over_25_mb_is_refused_while_streaming(client: TestClient, root: Path) -> None:
    before = _uploads(root)
    r = client.post(
        "/api/drafts", content=_multipart_stream(26 * MB),
        headers={"Content-Type": "multipart/form-data; boundary=XyZ"},
    )
    assert r.status_code == 413
    assert r.json()["error"]["message"] == "big.txt: larger than 25 MB (the limit per file)"
    assert _uploads(root) == before


def test_web_upload_total_limit(tmp_path: Path) -> None:
    app = create_app(tmp_path / "upr.db", tmp_path / "uploads",
                     limits=UploadLimits(file_bytes=1 * MB, total_bytes=2 * MB))
    body = b"Torture in detention. " * 40_000  # 880 kB each, three of them
    files = [("files", (f"S{i}.txt", body, "text/plain")) for i in range(3)]
    with TestClient(app) as c:
        r = c.post("/api/drafts", data={"country": "KAZ"}, files=files)
    assert r.status_code == 413 and r.json()["error"]["message"] == "the upload exceeds 2 MB in total"
    assert not any(p.is_file() for p in (tmp_path / "uploads").rglob("*"))


def test_web_upload_announced_200_mb_is_refused_before_reading(tmp_path: Path) -> None:
    async def body() -> AsyncIterator[bytes]:
        raise AssertionError("the body must not be read")
        yield b""  # pragma: no cover

    with pytest.raises(UploadTooLarge, match="exceeds 200 MB in total"):
        asyncio.run(receive_upload(
            "multipart/form-data; boundary=XyZ", str(300 * MB), body(), tmp_path / "d", UploadLimits(),
        ))
    assert not (tmp_path / "d").exists()


def test_web_upload_names_are_generated(client: TestClient, root: Path) -> None:
    content = (DATA / "submissions" / "AI.txt").read_bytes()
    files = [("files", ("../../../evil.txt", content, "text/plain"))]
    r = client.post("/api/drafts", data={"country": "KAZ", "session": "7"}, files=files)
    assert r.status_code == 201, r.text
    detail = client.get(r.json()["api"]).json()
    (stored,) = detail["files"]
    assert detail["files"][stored] == "evil.txt"
    assert not (root / "evil.txt").exists() and not (root.parent / "evil.txt").exists()
    folder = next(p for p in (root / "uploads").iterdir() if (p / stored).exists())
    assert sorted(p.name for p in folder.iterdir()) == sorted([stored, "stakeholders.csv"])


@pytest.mark.parametrize("query", ['"', "(", ")", "AND", "NOT x", "a OR", "NEAR(", "col:foo", "^", "*", "'", "\\", "a -b"])
def test_web_search_syntax_never_500(client: TestClient, query: str) -> None:
    assert client.get("/search", params={"q": query}).status_code in (200, 400)
    r = client.get("/api/search", params={"q": query})
    assert r.status_code in (200, 400)
    if r.status_code == 400:
        assert r.json()["error"]["code"] == "query"


def test_web_serve_binds_localhost_by_default() -> None:
    # read from the source: importing uprkit.cli_web would register `serve` on the shared Typer app of this
    # test process (until uprkit/cli.py imports it, the CLI and docs tests compare against the real command list)
    source = (Path(__file__).resolve().parents[1] / "uprkit" / "cli_web.py").read_text(encoding="utf-8")
    func = next(n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef) and n.name == "serve_cmd")
    names = [a.arg for a in func.args.args]
    defaults = dict(zip(names[len(names) - len(func.args.defaults):], func.args.defaults, strict=True))
    assert ast.literal_eval(defaults["host"]) == "127.0.0.1" and ast.literal_eval(defaults["port"]) == 8000
