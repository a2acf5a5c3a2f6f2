"""benchmarks/data/heading_readers.json: two readers' placements of 240 published statements, and
heading_context_readers.json: two readers' placements of the 245 statements of two summaries' pseudo-submissions,
which benchmarks/heading_ceiling.py scores. The files must stay whole: every statement's heading and every answer an
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


CONTEXT = ROOT / "benchmarks" / "data" / "heading_context_readers.json"


def test_the_context_readers_answered_every_statement_with_options_of_its_cycle() -> None:
    doc = json.loads(CONTEXT.read_text(encoding="utf-8"))
    statements = doc["statements"]
    module = _ceiling_module()
    assert sorted(doc["readers"]) == ["A", "B"]
    assert len(statements) == 245
    assert sum(k.startswith("A") for k in statements) == 107 and sum(k.startswith("B") for k in statements) == 138
    for key, s in statements.items():
        options = {f"H{s['cycle']}.{i + 1}" for i in range(len(module._heading_paths(s["cycle"])))}
        assert s["heading"] in options, key
        for name, answers in doc["readers"].items():
            first, second = answers[key]
            assert first in options and second in options and first != second, (name, key)
    assert all(set(a) == set(statements) for a in doc["readers"].values())


def test_the_context_readers_statements_are_the_round_trips_today(shared_data: Path, tmp_path: Path) -> None:
    """The markers stand for the statements the round trip builds from the two summaries today, under the headings
    they stand under; the files written for readers hold every marker, and are byte for byte the files the readers
    read (their digest)."""
    doc = json.loads(CONTEXT.read_text(encoding="utf-8"))
    module = _ceiling_module()
    items = module._context_items(shared_data)
    found = {m: item for item in items for m in item["heading"]}
    assert set(found) == set(doc["statements"])
    for item in items:
        for st in item["statements"]:
            m = item["marker"][st.id]
            if m in item["heading"]:
                assert doc["statements"][m]["text"] == st.text
                assert doc["statements"][m]["heading"] == item["heading"][m]
    module.write_context_tasks(items, tmp_path)
    written = "".join(p.read_text(encoding="utf-8") for p in sorted(tmp_path.rglob("submission_*.txt")))
    assert all(f"[{m}] " in written for m in doc["statements"])
    assert module.tasks_digest(items) == doc["tasks_sha256"]
