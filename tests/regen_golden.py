"""Regenerate the golden outputs in tests/data/golden/ from the excerpts in tests/data/.

    /tmp/venv/bin/python tests/regen_golden.py [excerpt_name.txt ...]

A REVIEWER MUST READ THE DIFF OF EVERY REGENERATED GOLDEN FILE (``git diff tests/data/golden``) and check each
changed value against the excerpt before committing it: a golden file is a statement that its values are right,
and regenerating blindly turns every parser regression into the new truth.

Each golden file is the output of ``uprkit parse <excerpt> --format json`` with ``source_path`` normalised to
``tests/data/<name>``, except for the values listed in ``CORRECTIONS``: those are known parser bugs, and the golden
file holds the value a person reading the excerpt expects. ``tests/test_parse_golden.py`` reports each of them as
a strict xfail (so a fix shows up as XPASS: then delete the entry here and regenerate) and compares everything
else exactly.

Only excerpts whose output was read and checked against the text are frozen (``GOLDEN``). The other excerpts
(``excerpt_ukr28_3.txt``, ``excerpt_svn48_2.txt``) have too many known bugs to freeze yet: their right values
are asserted by hand in ``tests/test_parse_excerpts.py``, their bugs are strict xfails there.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
GOLDEN_DIR = DATA / "golden"

#: Excerpts with a golden file.
GOLDEN = ["excerpt_svn48_3.txt", "excerpt_svn7_3.txt"]

#: A step of a path into the JSON: a key, a list index, or {"field": value} selecting the list item with it.
PathStep = str | int | dict[str, Any]

#: Known parser bugs: excerpt -> [(path, the right value, why)].
CORRECTIONS: dict[str, list[tuple[list[PathStep], Any, str]]] = {}


def current_output(name: str) -> dict[str, Any]:
    """``uprkit parse tests/data/<name> --format json`` with ``source_path`` normalised."""
    proc = subprocess.run(
        [sys.executable, "-m", "uprkit.cli", "parse", str(DATA / name), "--format", "json", "--quiet"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    out: dict[str, Any] = json.loads(proc.stdout)
    out["source_path"] = f"tests/data/{name}"
    return out


def locate(doc: Any, path: list[PathStep]) -> tuple[Any, str | int]:
    """The container holding the value at ``path`` and the key of the value in it."""
    node = doc
    for step in path[:-1]:
        node = node[select(node, step)]
    return node, select(node, path[-1])


def select(node: Any, step: PathStep) -> str | int:
    if isinstance(step, dict):
        (field, value), = step.items()
        matches = [i for i, item in enumerate(node) if item.get(field) == value]
        if len(matches) != 1:
            raise KeyError(f"{len(matches)} items with {field} == {value!r}")
        return matches[0]
    return step


def corrected(output: dict[str, Any], name: str) -> dict[str, Any]:
    fixed = copy.deepcopy(output)
    for path, value, _ in CORRECTIONS.get(name, []):
        node, key = locate(fixed, path)
        node[key] = copy.deepcopy(value)
    return fixed


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def main(names: list[str]) -> None:
    GOLDEN_DIR.mkdir(parents=True, exist_ok=True)
    for name in names or GOLDEN:
        target = GOLDEN_DIR / (Path(name).stem + ".json")
        old = target.read_text(encoding="utf-8") if target.exists() else None
        new = render(corrected(current_output(name), name))
        target.write_text(new, encoding="utf-8")
        state = "new" if old is None else "unchanged" if old == new else "CHANGED: review the diff"
        print(f"{target.relative_to(TESTS.parent)}: {state}")


if __name__ == "__main__":
    main(sys.argv[1:])
