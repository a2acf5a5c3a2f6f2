"""Errors of the store, in the catalogue of :mod:`uprkit.errors`."""

from __future__ import annotations

from uprkit.errors import UprkitError

__all__ = ["QueryError", "StoreError"]


class StoreError(UprkitError):
    """The database cannot be opened, is from a newer uprkit, or an import file cannot be read."""

    code = "store"


class QueryError(UprkitError):
    """A search query is malformed (unbalanced quotes or parentheses, a dangling operator, ...)."""

    code = "query"
