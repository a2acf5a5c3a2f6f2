"""Renderers for parsed reports: JSON (the contract), Markdown outline, CSV (one row per statement)."""

from uprkit.render.report import SCHEMA_RESOURCE, report_csv_rows, report_json, report_markdown, write_csv

__all__ = ["SCHEMA_RESOURCE", "report_csv_rows", "report_json", "report_markdown", "write_csv"]
