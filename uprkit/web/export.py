"""Every row of a search, as CSV or as a JSON array, produced a batch at a time (no cap on the rows)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

from uprkit.store import open_store
from uprkit.store.pages import document_ids_by_path
from uprkit.web.views import SearchParams, hit_out

__all__ = ["COLUMNS", "check_search", "csv_cell", "export_rows"]

COLUMNS = ("what", "symbol", "kind", "country", "session", "cycle", "number", "position", "detail", "text",
           "document_id", "url", "score")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (a leading ``=``, ``+``, ``-`` or ``@`` is quoted)."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) and not _is_number(text) else text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def check_search(db_path: str | Path, params: SearchParams) -> None:
    """Raise QueryError now (before a response has started) where the query or the filters are bad."""
    with open_store(db_path) as store:
        next(iter(store.search(params.q, params.filters(), limit=1)), None)


def export_rows(db_path: str | Path, params: SearchParams, fmt: str, batch: int = 200) -> Iterator[bytes]:
    with open_store(db_path) as store:
        doc_ids = document_ids_by_path(store)
        symbol_ids = {d["symbol"]: d["id"] for d in store.documents() if d["symbol"]}
        hits = store.search(params.q, params.filters(), marks=("", ""))
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        first = True
        if fmt == "csv":
            writer.writerow(COLUMNS)
        else:
            buffer.write("[")
        for n, hit in enumerate(hits, 1):
            row = hit_out(hit, doc_ids, symbol_ids).model_dump()
            if fmt == "csv":
                writer.writerow([csv_cell(row[c]) for c in COLUMNS])
            else:
                buffer.write(("" if first else ",\n") + json.dumps(row, ensure_ascii=False))
                first = False
            if n % batch == 0:
                yield buffer.getvalue().encode("utf-8")
                buffer.seek(0)
                buffer.truncate()
        if fmt != "csv":
            buffer.write("]\n")
        yield buffer.getvalue().encode("utf-8")
