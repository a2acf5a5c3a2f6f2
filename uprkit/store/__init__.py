"""The store: parsed documents, recommendations and the UPR Info export in one SQLite file, searchable.

>>> from uprkit.store import open_store, index_paths, make_filters
>>> with open_store("upr.db") as store:                                  # doctest: +SKIP
...     index_paths(store, [Path("reports/")])
...     for hit in store.search('torture NOT "death penalty"', make_filters(country="KAZ"), limit=20):
...         print(hit.symbol, hit.number, hit.snippet)

SQL lives only in :mod:`~uprkit.store.schema`, :mod:`~uprkit.store.db` and :mod:`~uprkit.store.queries`; the
rest of uprkit uses the :class:`~uprkit.store.base.StoreBackend` interface.
"""

from __future__ import annotations

from pathlib import Path

from uprkit.store.base import TARGETS, Facets, SearchFilters, SearchHit, StoreBackend, Target
from uprkit.store.db import SQLiteStore
from uprkit.store.errors import QueryError, StoreError
from uprkit.store.filters import make_filters, resolve_country
from uprkit.store.indexer import IndexResult, collect_files, index_paths
from uprkit.store.paths import DB_ENV, default_db_path
from uprkit.store.query import irregular_forms, to_fts5
from uprkit.store.upr_info import ImportResult, import_upr_info, read_export_file

__all__ = [
    "DB_ENV",
    "TARGETS",
    "Facets",
    "ImportResult",
    "IndexResult",
    "QueryError",
    "SQLiteStore",
    "SearchFilters",
    "SearchHit",
    "StoreBackend",
    "StoreError",
    "Target",
    "collect_files",
    "default_db_path",
    "import_upr_info",
    "index_paths",
    "irregular_forms",
    "make_filters",
    "open_store",
    "read_export_file",
    "resolve_country",
    "to_fts5",
]


def open_store(path: str | Path | None = None) -> SQLiteStore:
    """The store at ``path`` (default: :func:`default_db_path`), created and migrated as needed."""
    return SQLiteStore(default_db_path() if path is None else path)
