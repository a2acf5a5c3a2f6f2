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


def test_roundtrip_cited_places_and_comparison() -> None:
    from uprkit.bench.roundtrip import _places
    from uprkit.bench.roundtrip_build import cited_places

    assert cited_places("p. 3, 7-8 and 13") == ("p", ["3", "7", "8", "13"])
    assert cited_places("HRW, p. 1and 4"[5:]) == ("p", ["1", "4"])
    assert cited_places("paras. 8-10") == ("para", ["8", "9", "10"])
    assert cited_places("paras. 3.2 and 4.1") == ("para", ["3.2", "4.1"])
    assert cited_places("paras. 58.16-58.17") == ("para", ["58.16", "58.17"])
    assert cited_places("p. 1, see also para. 3") == ("p", ["1"])  # a pointer elsewhere is no place of its own
    assert cited_places("p. 3 (see report of CoE Commissioner for Human rights, p. 3-4)") == ("p", ["3"])
    assert cited_places("section II") is None and cited_places("p. 12-3") is None
    assert cited_places("p. 2 and para. 10") is None
    assert _places("pp. 3-4") == _places("p. 3 and 4") != _places("pp. 3-5")
    assert _places("para. 12") != _places("p. 12")


def test_roundtrip_build_writes_a_statement_at_every_page_it_cites() -> None:
    from uprkit.bench.roundtrip_build import PseudoSubmission, Published, _write_pages

    def st(n: int, text: str) -> Published:
        return Published(id=n, paragraph=1, heading_path=[], text=text, stakeholders=["JS1"], locators={})

    sub = PseudoSubmission(stakeholder="JS1", file="JS1.txt", text="")
    a, b, c = st(0, "Torture persisted in the prisons."), st(1, "Courts were slow to hear the appeals."), st(2, "Fees rose.")
    _write_pages(sub, {1: [(a, a.text, None)], 3: [(a, a.text, None), (c, c.text, None)], 4: [(b, b.text, 5), (c, c.text, 5)]})
    pages = sub.text.split("\f")
    where = {p.statement: [] for p in sub.placed}
    for p in sub.placed:
        where[p.statement].append(sub.text.count("\f", 0, p.start) + 1)
    assert where == {0: [1, 3], 2: [3, 4, 5], 1: [4, 5]}
    assert "Courts were slow" in pages[3] and "appeals." in pages[4]  # one statement runs over the break
