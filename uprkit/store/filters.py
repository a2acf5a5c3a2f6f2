"""Search filters from what a user types: country names or codes, State names, checked kinds and positions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import get_args

from uprkit import countries
from uprkit.model import DocumentKind, Position
from uprkit.store.base import TARGETS, SearchFilters, Target
from uprkit.store.errors import QueryError

__all__ = ["make_filters", "resolve_country"]

KINDS = (*get_args(DocumentKind), "upr-info")
POSITIONS = get_args(Position)


def resolve_country(value: str) -> str | None:
    """ISO alpha-3 for a code (alpha-3 or alpha-2) or a name as written in documents, else None."""
    value = value.strip()
    found = countries.by_code(value) if len(value) in (2, 3) else None
    if found is None:
        found = countries.lookup(value)
    return found.iso3 if found else None


def make_filters(
    *,
    country: str | None = None,
    cycle: int | None = None,
    session: int | None = None,
    kind: str | None = None,
    source: str | None = None,
    theme: str | None = None,
    issue: str | None = None,
    action: str | None = None,
    position: str | None = None,
    targets: Sequence[str] | None = None,
) -> SearchFilters:
    """Checked, normalised filters; raises QueryError naming the bad value and the accepted ones."""
    code = None
    if country is not None:
        code = resolve_country(country)
        if code is None:
            raise QueryError(f"unknown country {country!r} (give an ISO code such as KAZ or a name)")
    if kind is not None and kind.replace("-", "_") not in {k.replace("-", "_") for k in KINDS}:
        raise QueryError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    if kind is not None and kind.replace("_", "-") == "upr-info":
        kind = "upr-info"
    elif kind is not None:
        kind = kind.replace("-", "_")
    if position is not None and position.lower() not in POSITIONS:
        raise QueryError(f"unknown position {position!r} (one of {', '.join(POSITIONS)})")
    chosen: tuple[Target, ...] | None = None
    if targets:
        bad = [t for t in targets if t not in TARGETS]
        if bad:
            raise QueryError(f"unknown kind of row {bad[0]!r} (one of {', '.join(TARGETS)})")
        chosen = tuple(t for t in TARGETS if t in targets)
    return SearchFilters(
        country=code,
        cycle=cycle,
        session=session,
        kind=kind,
        source=source.strip() if source else None,
        source_code=resolve_country(source) if source else None,
        theme=theme,
        issue=issue,
        action=action,
        position=position.lower() if position else None,
        targets=chosen,
    )
