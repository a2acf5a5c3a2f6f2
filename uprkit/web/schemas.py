"""Typed bodies of the JSON API (they make the OpenAPI schema at ``/openapi.json``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from uprkit.summarize.model import Summary

__all__ = [
    "CountryCycle", "CountryInfo", "CountrySummary", "DecisionIn", "DecisionOut", "DocumentDetail", "DocumentInfo",
    "DraftCreated", "DraftDetail", "DraftInfo", "ExampleDraftIn", "FacetValue", "ParagraphOut", "RecommendationOut",
    "RepeatOut", "SearchHitOut", "SearchResponse",
]


class SearchHitOut(BaseModel):
    what: str
    id: int
    symbol: str | None
    kind: str | None
    country: str | None
    session: int | None
    cycle: int | None
    number: str | None
    snippet: str
    text: str
    detail: str | None
    position: str | None
    score: float
    document_id: int | None = None
    url: str | None = Field(None, description="The page of the hit (document and paragraph anchor), where stored")


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResponse(BaseModel):
    query: str
    total: int
    offset: int
    limit: int
    hits: list[SearchHitOut]
    facets: dict[str, list[FacetValue]]


class DocumentInfo(BaseModel):
    id: int
    symbol: str | None
    country: str | None
    country_name: str | None
    session: int | None
    cycle: int | None
    kind: str
    title: str | None
    format: str
    language: str | None
    url: str


class StatementOut(BaseModel):
    ordinal: int
    text: str
    sources: list[str]
    verb: str | None
    act: str
    theme: str | None
    issues: list[str]
    action: str | None
    endnotes: list[int]


class ParagraphOut(BaseModel):
    number: int
    headings: list[str]
    text: str
    page: int | None
    sources: list[str]
    endnotes: list[int]
    statements: list[StatementOut]


class CitationOut(BaseModel):
    source: str
    locator: str | None
    resolved: str | None


class EndnoteOut(BaseModel):
    number: int
    text: str
    citations: list[CitationOut]


class StakeholderOut(BaseModel):
    abbreviation: str
    name: str | None
    kind: str
    members: list[str]


class RecommendationOut(BaseModel):
    number: str
    text: str
    symbol: str | None
    cycle: int | None
    states: list[str]
    position: str | None
    action: str | None
    theme: str | None
    issues: list[str]
    document_id: int


class DocumentDetail(DocumentInfo):
    paragraphs: list[ParagraphOut]
    endnotes: list[EndnoteOut]
    stakeholders: list[StakeholderOut]
    recommendations: list[RecommendationOut]


class CountryInfo(BaseModel):
    code: str
    name: str | None
    documents: int
    cycles: list[int]
    url: str


class CountryCycle(BaseModel):
    cycle: int
    documents: list[DocumentInfo]
    themes: list[FacetValue]
    positions: list[FacetValue]
    actions: list[FacetValue]
    recommendations: int


class RepeatOut(BaseModel):
    earlier: RecommendationOut
    later: RecommendationOut
    similarity: float


class CountrySummary(BaseModel):
    code: str
    name: str | None
    cycles: list[CountryCycle]
    undated_documents: list[DocumentInfo]
    repeated: list[RepeatOut]


class DraftInfo(BaseModel):
    id: int
    created: str
    updated: str
    country: str | None
    session: int | None
    url: str


class ExampleDraftIn(BaseModel):
    """Draft from the bundled example submissions (Slovenia, session 48)."""

    limit_words: int | None = Field(5200, ge=50, le=100_000)


class DraftCreated(BaseModel):
    id: int
    url: str
    api: str


class DraftDetail(DraftInfo):
    origin: str
    files: dict[str, str]
    word_count: int = Field(description="Words of the reviewed draft's body (rejections and edits applied)")
    word_limit: int | None
    decisions: dict[str, object]
    sentences: dict[str, str] = Field(description="sentence id -> drafted text")
    sections: dict[str, str] = Field(description="heading id -> heading")
    summary: Summary = Field(description="The draft as drafted (decisions not applied)")


class DecisionIn(BaseModel):
    sentence: str = Field(pattern=r"^s\d{1,6}$", examples=["s3"])
    status: Literal["draft", "accepted", "rejected", "edited"]
    text: str | None = Field(None, max_length=5000)
    section: str | None = Field(None, pattern=r"^(h\d{1,6})?$", description="heading id to move the sentence to")


class DecisionOut(BaseModel):
    sentence: str
    status: str
    word_count: int
    word_limit: int | None
    decisions: dict[str, object]
