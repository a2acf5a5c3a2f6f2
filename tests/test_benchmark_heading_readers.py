"""benchmarks/data/heading_readers.json: two readers' placements of 240 published statements, which
benchmarks/heading_ceiling.py scores. The file must stay whole: every statement's heading and every answer an
option of the statement's own cycle, one answer per statement and reader, the option lists those the outline
gives today."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).parents[1]
DATA = ROOT / "benchmarks" / "data" / "heading_readers.json"


def _ceiling_module():
    spec = importlib.util.spec_from_file_location("heading_ceiling", ROOT / "benchmarks" / "heading_ceiling.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_heading_and_answer_is_an_option_of_the_statements_cycle() -> None:
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    statements = doc["statements"]
    assert len(statements) == 240 and len({s["id"] for s in statements}) == 240
    for s in statements:
        options = doc["options"][str(s["cycle"])]
        assert s["heading"] in options, s["id"]
        for name, answers in doc["readers"].items():
            first, second = answers[s["id"]]
            assert first in options and second in options and first != second, (name, s["id"])
    assert sorted(doc["readers"]) == ["A", "B"]
    assert all(len(a) == 240 for a in doc["readers"].values())


def test_the_option_lists_are_the_outlines_headings_today() -> None:
    """The ids stand for headings by position: a change to the outlines or the themes would shift them."""
    doc = json.loads(DATA.read_text(encoding="utf-8"))
    module = _ceiling_module()
    for cycle, options in doc["options"].items():
        paths = module._heading_paths(int(cycle))
        assert len(paths) == len(options)
        for path, label in zip(paths, options.values(), strict=True):
            assert label.endswith(path[-1]), (cycle, path, label)
