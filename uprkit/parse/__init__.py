"""Parsing: a :class:`~uprkit.model.Document` becomes a :class:`~uprkit.model.ParsedReport`."""

from __future__ import annotations

import os

from uprkit.model import Document, ParsedReport

__all__ = ["parse_document", "parse_file"]


def parse_document(doc: Document) -> ParsedReport:
    from uprkit.parse.report import parse_report

    return parse_report(doc)


def parse_file(path: str | os.PathLike[str]) -> ParsedReport:
    from uprkit.read import read_document

    return parse_document(read_document(path))
