"""The round-trip benchmark on the bundled Kazakhstan summary: pseudo-submissions, draft, scores."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import DATA, KAZ_NAME

from uprkit.bench.roundtrip import rouge_l_summary, run
from uprkit.bench.roundtrip_build import build, strip_attribution
from uprkit.parse import parse_file


def test_roundtrip_build_strips_attribution_and_places_by_citation() -> None:
    names = {"AI": "Amnesty International"}
    assert strip_attribution("Amnesty International (AI) noted that torture persisted.", ["AI"], names) == "Torture persisted."
    assert strip_attribution("According to JS1, courts were not independent.", ["JS1"], {}) == "Courts were not independent."
    assert strip_attribution("JS2 expressed concern about the law.", ["JS2"], {}) == "The law."
    assert strip_attribution("It further noted that fees rose.", ["JS2"], {}) == "Fees rose."
    subs, statements = build(parse_file(DATA / KAZ_NAME))
    assert len(subs) == 16 and len(statements) >= 140
    for sub in subs:
        for placed in sub.placed:
            assert sub.text[placed.start : placed.end].strip()


def test_rouge_l_summary_bounds() -> None:
    assert rouge_l_summary(["a b c d"], ["a b c d"]) == 1.0
    assert rouge_l_summary(["a b c d"], ["x y"]) == 0.0
    assert 0.0 < rouge_l_summary(["the law was adopted", "courts were slow"], ["courts were very slow"]) < 1.0


def test_roundtrip_kazakhstan_meets_the_faithfulness_attribution_and_limit_targets(tmp_path: Path) -> None:
    result = run([DATA / KAZ_NAME], keep=tmp_path, data=None)
    (doc,) = result["documents"]  # type: ignore[misc]
    assert "error" not in doc, doc
    assert doc["faithfulness"] == 1.0
    assert doc["attribution_precision"] >= 0.99
    assert doc["attribution_recall"] >= 0.9
    assert doc["rougeL_f1"] >= 0.6
    assert doc["words"] <= doc["limit"]
    kept = tmp_path / "A_HRC_WG.6_7_KAZ_3"
    assert (kept / "stakeholders.csv").exists() and (kept / "draft.json").exists() and (kept / "JS1.txt").exists()


def test_cli_bench_roundtrip_json_shape(tmp_path: Path) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "uprkit.cli", "bench", "roundtrip", str(DATA / KAZ_NAME), "--data", str(tmp_path / "none"),
         "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    keys = {"file", "faithfulness", "attribution_precision", "attribution_recall", "locator_exact", "heading_accuracy",
            "rougeL_f1", "merge_recall", "words", "limit"}
    assert keys <= set(out["documents"][0])
    assert {"faithfulness", "rougeL_f1", "limit_held"} <= set(out["mean"])
