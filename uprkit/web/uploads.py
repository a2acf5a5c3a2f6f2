"""Receiving submissions: a multipart body read as a stream, each file written under a generated name.

Nothing is trusted: a body announcing more than the total limit is refused before it is read; the parts are
counted as they arrive and reading stops at the first byte past a limit (per file or in total), so an
oversized upload never sits in memory or on disk; a file is accepted only if its extension is one of
:data:`EXTENSIONS` *and* its first bytes look like that format; executables are refused by name and by
content. On any refusal the draft's folder is removed.
"""

from __future__ import annotations

import re
import secrets
import shutil
import zipfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.multipart import MultipartParser, parse_options_header

from uprkit.errors import UprkitError

__all__ = [
    "EXTENSIONS",
    "StoredFile",
    "UploadError",
    "UploadForm",
    "UploadLimits",
    "UploadRefused",
    "UploadTooLarge",
    "receive_upload",
    "sniff",
]

MB = 1024 * 1024
#: Accepted extensions and the format each must look like.
EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".txt": "text", ".html": "html", ".htm": "html"}
_EXECUTABLE_SUFFIXES = frozenset(
    ".exe .dll .com .bat .cmd .msi .scr .ps1 .vbs .js .jar .sh .bin .elf .app .apk .so .dylib .py .pl".split()
)
_EXECUTABLE_MAGIC = (b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"\xfe\xed\xfa\xce",
                     b"\xfe\xed\xfa\xcf", b"\xca\xfe\xba\xbe", b"#!")
_FIELD_BYTES = 4096


class UploadError(UprkitError):
    """The upload is not a well-formed multipart form."""

    code = "upload"


class UploadTooLarge(UploadError):
    code = "too-large"


class UploadRefused(UploadError):
    """A file of a type not accepted (or an executable)."""

    code = "unsupported-type"


@dataclass(frozen=True)
class UploadLimits:
    file_bytes: int = 25 * MB
    total_bytes: int = 200 * MB
    files: int = 100


@dataclass
class StoredFile:
    file: str  # the generated name in the draft's folder
    original: str  # the name the browser sent (for display only)
    size: int = 0


@dataclass
class UploadForm:
    fields: dict[str, str] = field(default_factory=dict)
    files: list[StoredFile] = field(default_factory=list)


def _suffix(name: str) -> str:
    return Path(name.replace("\\", "/")).suffix.lower()


def check_name(name: str) -> str:
    """The accepted extension of ``name``; raises UploadRefused naming the file otherwise."""
    suffix = _suffix(name)
    if suffix in _EXECUTABLE_SUFFIXES:
        raise UploadRefused(f"{name}: executable files are refused (accepted: PDF, DOCX, TXT, HTML)")
    if suffix not in EXTENSIONS:
        raise UploadRefused(f"{name}: only .pdf, .docx, .txt and .html files are accepted")
    return suffix


def sniff(path: Path, suffix: str) -> str | None:
    """Why the file's content does not match its extension (None where it does)."""
    with path.open("rb") as fh:
        head = fh.read(8192)
    if not head:
        return "the file is empty"
    if head.startswith(_EXECUTABLE_MAGIC):
        return "executable files are refused (accepted: PDF, DOCX, TXT, HTML)"
    kind = EXTENSIONS[suffix]
    if kind == "pdf":
        return None if b"%PDF-" in head[:1024] else "not a PDF file (no %PDF- header)"
    if kind == "docx":
        if not head.startswith(b"PK\x03\x04"):
            return "not a DOCX file (not a ZIP archive)"
        try:
            with zipfile.ZipFile(path) as z:
                names = set(z.namelist())
        except zipfile.BadZipFile:
            return "not a DOCX file (a damaged ZIP archive)"
        return None if "word/document.xml" in names else "not a DOCX file (no word/document.xml)"
    if b"\x00" in head:
        return "not a text file (binary content)"
    if kind == "html" and b"<" not in head:
        return "not an HTML file (no markup)"
    return None


def _safe_display(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r"[\x00-\x1f\x7f]", "", base)[:200] or "file"


class _Receiver:
    """Callbacks of the streaming multipart parser, writing each file part as it arrives."""

    def __init__(self, folder: Path, limits: UploadLimits) -> None:
        self.folder = folder
        self.limits = limits
        self.form = UploadForm()
        self.total = 0
        self._headers: dict[str, bytes] = {}
        self._field_name = b""
        self._field_value = b""
        self._name: str | None = None
        self._value = bytearray()
        self._file: StoredFile | None = None
        self._out: object = None

    def on_part_begin(self) -> None:
        self._headers = {}
        self._name, self._value, self._file = None, bytearray(), None

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._field_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._field_value += data[start:end]

    def on_header_end(self) -> None:
        self._headers[self._field_name.decode("latin-1").lower()] = self._field_value
        self._field_name, self._field_value = b"", b""

    def on_headers_finished(self) -> None:
        _, params = parse_options_header(self._headers.get("content-disposition", b""))
        self._name = params.get(b"name", b"").decode("utf-8", "replace")
        if b"filename" not in params:
            return
        original = _safe_display(params[b"filename"].decode("utf-8", "replace"))
        if not params[b"filename"]:
            return  # an empty file input
        suffix = check_name(original)
        if len(self.form.files) >= self.limits.files:
            raise UploadTooLarge(f"at most {self.limits.files} files can be uploaded at once")
        stored = StoredFile(f"submission-{len(self.form.files) + 1:03d}-{secrets.token_hex(4)}{suffix}", original)
        self.form.files.append(stored)
        self._file = stored
        self._out = (self.folder / stored.file).open("wb")

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        n = end - start
        self.total += n
        if self.total > self.limits.total_bytes:
            raise UploadTooLarge(f"the upload exceeds {self.limits.total_bytes // MB} MB in total")
        if self._file is not None:
            self._file.size += n
            if self._file.size > self.limits.file_bytes:
                raise UploadTooLarge(
                    f"{self._file.original}: larger than {self.limits.file_bytes // MB} MB (the limit per file)"
                )
            self._out.write(data[start:end])  # type: ignore[attr-defined]
        elif self._name is not None:
            self._value += data[start:end]
            if len(self._value) > _FIELD_BYTES:
                raise UploadError(f"the form field {self._name!r} is too long")

    def on_part_end(self) -> None:
        if self._file is not None:
            self._out.close()  # type: ignore[attr-defined]
            self._file, self._out = None, None
        elif self._name:
            self.form.fields[self._name] = self._value.decode("utf-8", "replace")

    def close(self) -> None:
        if self._out is not None:
            self._out.close()  # type: ignore[attr-defined]


async def receive_upload(
    content_type: str, content_length: str | None, body: AsyncIterator[bytes], folder: Path, limits: UploadLimits
) -> UploadForm:
    """Read a ``multipart/form-data`` body into ``folder`` (created here, removed again on any error)."""
    mime, params = parse_options_header(content_type)
    boundary = params.get(b"boundary")
    if mime != b"multipart/form-data" or not boundary:
        raise UploadError("send the submissions as a multipart/form-data form")
    if content_length is not None and content_length.isdigit() and int(content_length) > limits.total_bytes + MB:
        raise UploadTooLarge(f"the upload exceeds {limits.total_bytes // MB} MB in total")
    folder.mkdir(parents=True, exist_ok=False)
    receiver = _Receiver(folder, limits)
    callbacks = {name: getattr(receiver, name) for name in (
        "on_part_begin", "on_part_data", "on_part_end", "on_header_field", "on_header_value", "on_header_end",
        "on_headers_finished",
    )}
    parser = MultipartParser(boundary, callbacks)  # type: ignore[arg-type]
    try:
        async for chunk in body:
            parser.write(chunk)
        parser.finalize()
        receiver.close()
        if not receiver.form.files:
            raise UploadError("choose at least one submission file (.pdf, .docx, .txt or .html)")
        for stored in receiver.form.files:
            problem = sniff(folder / stored.file, _suffix(stored.file))
            if problem is not None:
                raise UploadRefused(f"{stored.original}: {problem}")
    except BaseException as exc:
        receiver.close()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, UprkitError):
            raise
        if isinstance(exc, Exception):
            raise UploadError(f"the upload could not be read ({type(exc).__name__})") from exc
        raise
    return receiver.form
