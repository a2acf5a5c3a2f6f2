"""uprkit: read, parse, classify and summarize UN Universal Periodic Review documents."""

from uprkit.model import Document, ParsedReport

__version__ = "0.1.0"

__all__ = ["Document", "ParsedReport", "__version__", "parse_file", "read_document"]


def read_document(path: str) -> Document:
    from uprkit.read import read_document as _read

    return _read(path)


def parse_file(path: str) -> ParsedReport:
    from uprkit.parse import parse_file as _parse

    return _parse(path)
