"""The store: parsed documents, recommendations and the UPR Info export in one SQLite file (or, for a shared
deployment, a PostgreSQL database: ``open_store("postgresql://user@host/dbname")``), searchable.

>>> from uprkit.store import open_store, index_paths, make_filters
>>> with open_store("upr.db") as store:                                  # doctest: +SKIP
...     index_paths(store, [Path("reports/")])
...     for hit in store.search('torture NOT "death penalty"', make_filters(country="KAZ"), limit=20):
...         print(hit.symbol, hit.number, hit.snippet)

SQL lives only in :mod:`~uprkit.store.schema`, :mod:`~uprkit.store.db` and :mod:`~uprkit.store.queries` (for
PostgreSQL: :mod:`~uprkit.store.postgres_schema`, :mod:`~uprkit.store.postgres` and
:mod:`~uprkit.store.postgres_queries`) and the page queries of :mod:`~uprkit.store.pages`; the rest of uprkit
uses the :class:`~uprkit.store.base.StoreBackend` interface.
"""

from __future__ import annotations

from pathlib import Path
from typing import overload

from uprkit.store.base import TARGETS, Facets, SearchFilters, SearchHit, StoreBackend, Target
from uprkit.store.db import SQLiteStore
from uprkit.store.errors import QueryError, StoreError
from uprkit.store.filters import make_filters, resolve_country
from uprkit.store.indexer import IndexResult, collect_files, index_paths
from uprkit.store.paths import DB_ENV, default_db_path
from uprkit.store.postgres import PostgresStore, is_postgres_url
from uprkit.store.query import irregular_forms, to_fts5
from uprkit.store.upr_info import ImportResult, import_upr_info, read_export_file

__all__ = [
    "DB_ENV",
    "TARGETS",
    "Facets",
    "ImportResult",
    "IndexResult",
    "PostgresStore",
    "QueryError",
    "SQLiteStore",
    "SearchFilters",
    "SearchHit",
    "StoreBackend",
    "Store",
    "StoreError",
    "Target",
    "collect_files",
    "default_db_path",
    "import_upr_info",
    "index_paths",
    "is_postgres_url",
    "irregular_forms",
    "make_filters",
    "open_store",
    "read_export_file",
    "resolve_country",
    "to_fts5",
]


#: The stores :func:`open_store` opens.
Store = SQLiteStore | PostgresStore


@overload
def open_store(path: Path | None = None) -> SQLiteStore: ...


@overload
def open_store(path: str) -> Store: ...


def open_store(path: str | Path | None = None) -> Store:
    """The store at ``path`` (default: :func:`default_db_path`), created and migrated as needed: a string
    ``postgresql://…`` or ``postgres://…`` URL opens a PostgreSQL database (needs ``uprkit[postgres]``), anything
    else an SQLite file.

    A URL must come as a ``str``: :class:`pathlib.Path` merges the slashes of ``postgresql://host/db`` (and
    loses the host of ``postgresql:///db``), so a Path that reads like one is refused with a StoreError rather
    than taken for a file name.
    """
    if isinstance(path, Path) and is_postgres_url(path):
        raise StoreError("give a PostgreSQL URL as text: as a file path its '//' was merged into '/'", str(path))
    if isinstance(path, str) and is_postgres_url(path):
        return PostgresStore(path)
    return SQLiteStore(default_db_path() if path is None else path)
