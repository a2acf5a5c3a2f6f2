"""The JSON output for the excerpts, compared with the reviewed golden files in tests/data/golden/.

On a mismatch the failure lists the first differing values by path (and a unified diff of the JSON), so a
reviewer sees at once what changed. Known parser bugs are listed in ``regen_golden.CORRECTIONS``: the golden file
holds the right value, the comparison skips that one value, and ``test_parse_golden_known_bug`` reports it as a
strict xfail (an XPASS means the bug is fixed: delete the correction and regenerate).
"""

from __future__ import annotations

import copy
import difflib
import json
from typing import Any

import pytest
from conftest import DATA, GOLDEN, parse_cached
from regen_golden import CORRECTIONS, locate, render
from regen_golden import GOLDEN as GOLDEN_EXCERPTS

from uprkit.render.report import report_json

MAX_SHOWN = 15


def _current(name: str) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(report_json(parse_cached(DATA / name)))
    out["source_path"] = f"tests/data/{name}"
    return out


def _golden(name: str) -> dict[str, Any]:
    path = GOLDEN / (name.removesuffix(".txt") + ".json")
    if not path.is_file():
        pytest.fail(f"{path} is missing: run tests/regen_golden.py {name} and review the file")
    golden: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return golden


def _flatten(node: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for k, v in node.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else k))
        return out or {prefix: {}}
    if isinstance(node, list):
        out = {}
        for i, v in enumerate(node):
            out.update(_flatten(v, f"{prefix}[{i}]"))
        return out or {prefix: []}
    return {prefix: node}


def _describe(expected: dict[str, Any], actual: dict[str, Any]) -> str:
    flat_e, flat_a = _flatten(expected), _flatten(actual)
    absent = object()
    paths = [p for p in flat_e if flat_a.get(p, absent) != flat_e[p]]
    paths += [p for p in flat_a if p not in flat_e]
    lines = [f"{len(paths)} value(s) differ from the golden file; the first {min(len(paths), MAX_SHOWN)}:"]
    for p in paths[:MAX_SHOWN]:
        lines.append(f"  {p}:\n    golden:  {flat_e.get(p, '<absent>')!r}\n    current: {flat_a.get(p, '<absent>')!r}")
    diff = difflib.unified_diff(
        render(expected).splitlines(), render(actual).splitlines(), "golden", "current", n=2, lineterm=""
    )
    lines.append("unified diff (first 60 lines):")
    lines.extend(list(diff)[:60])
    lines.append("If the change is right, run tests/regen_golden.py and review the diff of the golden file.")
    return "\n".join(lines)


@pytest.mark.parametrize("name", GOLDEN_EXCERPTS)
def test_parse_golden_output_matches(name: str) -> None:
    expected, actual = _golden(name), _current(name)
    expected.pop("source_path")
    actual.pop("source_path")
    for path, _, _ in CORRECTIONS.get(name, []):
        # a known bug: compared in test_parse_golden_known_bug, not here
        try:
            node, key = locate(actual, path)
            golden_node, golden_key = locate(expected, path)
        except (KeyError, IndexError, TypeError) as exc:
            pytest.fail(f"known-bug path {path} of regen_golden.CORRECTIONS not found: {exc!r}", pytrace=False)
        node[key] = copy.deepcopy(golden_node[golden_key])
    if actual != expected:
        pytest.fail(_describe(expected, actual), pytrace=False)


def _known_bugs() -> list[Any]:
    params = []
    for name, corrections in CORRECTIONS.items():
        for i, (path, _, reason) in enumerate(corrections):
            where = ".".join(str(s) if not isinstance(s, dict) else f"[{next(iter(s.values()))}]" for s in path)
            params.append(
                pytest.param(
                    name,
                    i,
                    id=f"{name}:{where}",
                    marks=pytest.mark.xfail(strict=True, reason=f"parser bug in {name}: {reason}"),
                )
            )
    if not params:  # every recorded parser bug is fixed: say so instead of pytest's "empty parameter set"
        params.append(pytest.param("", 0, id="none", marks=pytest.mark.skip(reason="no known parser bugs recorded in CORRECTIONS")))
    return params


@pytest.mark.parametrize(("name", "index"), _known_bugs())
def test_parse_golden_known_bug(name: str, index: int) -> None:
    path, right, _ = CORRECTIONS[name][index]
    node, key = locate(_current(name), path)
    assert node[key] == right


def test_parse_golden_files_are_regenerable() -> None:
    """Every golden file belongs to an excerpt listed in regen_golden.GOLDEN, and every correction to one."""
    assert sorted(p.name for p in GOLDEN.glob("*.json")) == sorted(n.removesuffix(".txt") + ".json" for n in GOLDEN_EXCERPTS)
    assert set(CORRECTIONS) <= set(GOLDEN_EXCERPTS)
    for name in GOLDEN_EXCERPTS:
        assert _golden(name)["source_path"] == f"tests/data/{name}"
