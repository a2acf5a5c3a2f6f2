"""The store's interface and the values it returns, independent of the database engine.

:class:`~uprkit.store.db.SQLiteStore` implements :class:`StoreBackend`; a PostgreSQL backend would implement
the same protocol (its SQL living in its own module), so that indexing, importing, searching and the review
workbench never see SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from uprkit.store.records import DocumentRecord
    from uprkit.store.upr_info import UprInfoRecord

__all__ = ["TARGETS", "Facets", "SearchFilters", "SearchHit", "StoreBackend", "Target"]

Target = Literal["paragraph", "statement", "recommendation", "upr-info"]
#: What a search looks in, in display order.
TARGETS: tuple[Target, ...] = ("paragraph", "statement", "recommendation", "upr-info")
#: Looked in when no target is named: statements repeat their paragraph's text, so they are searched only on
#: request (or when filtering by --theme, a statement label).
DEFAULT_TARGETS: tuple[Target, ...] = ("paragraph", "recommendation", "upr-info")


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions of a search. A filter that does not apply to a kind of row leaves that kind out (e.g.
    ``position`` keeps recommendations and UPR Info rows only)."""

    country: str | None = None  # ISO alpha-3 (see uprkit.store.resolve_country for names)
    cycle: int | None = None
    session: int | None = None
    kind: str | None = None  # document kind (wg_report, stakeholder_summary, ...) or "upr-info"
    source: str | None = None  # credited stakeholder abbreviation, or recommending State (name or code)
    source_code: str | None = None  # the State's ISO alpha-3 where ``source`` names one
    theme: str | None = None  # statement/recommendation theme label, or words of the heading path
    issue: str | None = None  # UPR Info issue
    action: str | None = None  # UPR Info action category
    position: str | None = None  # supported, noted, pending, rejected
    targets: tuple[Target, ...] | None = None  # None: DEFAULT_TARGETS (statements instead of paragraphs with theme)

    def chosen_targets(self) -> tuple[Target, ...]:
        if self.targets:
            return self.targets
        if self.theme:
            return ("statement", "recommendation")
        return DEFAULT_TARGETS


@dataclass(frozen=True)
class SearchHit:
    what: Target
    id: int
    score: float  # bm25: lower is better
    symbol: str | None
    kind: str | None
    country: str | None
    session: int | None
    cycle: int | None
    number: str | None  # paragraph number, recommendation number, or the linked recommendation's number
    snippet: str
    text: str
    path: str | None  # the indexed file, or the export CSV of a UPR Info row
    detail: str | None  # heading path, recommending States, or the UPR Info row's State and response
    position: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "what": self.what, "symbol": self.symbol, "kind": self.kind, "country": self.country,
            "session": self.session, "cycle": self.cycle, "number": self.number, "snippet": self.snippet,
            "text": self.text, "detail": self.detail, "position": self.position, "score": round(self.score, 4),
            "path": self.path, "id": self.id,
        }


@dataclass
class Facets:
    """Counts of the matching rows by facet value (most frequent first)."""

    total: int = 0
    by: dict[str, list[tuple[str, int]]] = field(default_factory=dict)


class StoreBackend(Protocol):
    """What the rest of uprkit needs from a store."""

    @property
    def location(self) -> str: ...

    def close(self) -> None: ...

    def schema_version(self) -> int: ...

    def fingerprints(self) -> dict[str, tuple[str, str]]:
        """path -> (sha256, parser version) of every stored document."""
        ...

    def replace_document(self, record: DocumentRecord) -> int:
        """Store a document, replacing any stored from the same path, atomically; its id."""
        ...

    def delete_document(self, path: str) -> bool: ...

    def counts(self) -> dict[str, int]: ...

    def add_upr_info(self, records: Iterable[UprInfoRecord]) -> tuple[int, set[tuple[str, int]]]:
        """Insert the rows not stored yet (one transaction); how many, and their (State, session) groups."""
        ...

    def link_upr_info(self, country: str, session: int) -> tuple[int, int]:
        """(Re)link one group's rows to that State's and session's recommendations; (linked, unlinked)."""
        ...

    def search(
        self, query: str, filters: SearchFilters | None = None, *, limit: int | None = None,
        marks: tuple[str, str] = ("**", "**"),
    ) -> Iterator[SearchHit]: ...

    def facets(self, query: str, filters: SearchFilters | None = None) -> Facets: ...

    def save_draft(
        self, draft: Mapping[str, Any], *, country: str | None, session: int | None,
        decisions: Mapping[str, Any] | None = None,
    ) -> int: ...

    def draft(self, draft_id: int) -> dict[str, Any] | None: ...

    def drafts(self) -> list[dict[str, Any]]: ...

    def set_decisions(self, draft_id: int, decisions: Mapping[str, Any]) -> None: ...
