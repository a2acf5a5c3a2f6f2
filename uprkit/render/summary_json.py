"""A :class:`~uprkit.summarize.model.Summary` as JSON, and the JSON Schema it validates against."""

from __future__ import annotations

import json

from uprkit.summarize.model import SUMMARY_SCHEMA_VERSION, Summary

#: The JSON Schema of a rendered summary, shipped in the package. After a change to the model, regenerate it:
#: ``python -m uprkit.render.summary_json > uprkit/schema/summary-1.2.schema.json``
SUMMARY_SCHEMA_RESOURCE = f"schema/summary-{SUMMARY_SCHEMA_VERSION}.schema.json"


def render_json(summary: Summary, indent: int | None = 2) -> str:
    """The whole model (draft report fields included), as ``Summary.model_validate_json`` reads it back."""
    return summary.model_dump_json(indent=indent)


def summary_schema_json() -> str:
    """The JSON Schema generated from the model (the shipped file must equal this)."""
    schema = Summary.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(summary_schema_json())
