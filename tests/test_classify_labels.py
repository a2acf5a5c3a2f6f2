"""All labels together (`uprkit classify`, `uprkit parse --classify`): shape, order, and that every label of
every output carries a confidence and an explanation."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import DATA, KAZ_NAME

from uprkit.classify.labels import classify_texts

TEXTS = [
    "Ratify the Optional Protocol to the Convention against Torture",
    "Take measures to combat violence against women and girls, including domestic violence",
    "Abolish the death penalty and accede to OP2-ICCPR",
    "Guarantee access to safe drinking water and sanitation in rural areas",
    "Ensure that journalists and human rights defenders can work without fear of reprisals",
]


def _check(result: dict[str, Any]) -> None:
    assert 0.0 <= result["action"]["confidence"] <= 1.0 and result["action"]["label"] in {"1", "2", "3", "4", "5"}
    assert result["explanation"]["action"]
    assert result["issues"]
    for issue in result["issues"]:
        assert 0.0 <= issue["confidence"] <= 1.0
        assert result["explanation"]["issues"][issue["label"]]
    assert 0.0 <= result["heading"]["confidence"] <= 1.0 and result["explanation"]["heading"]
    for group in result["groups"]:
        assert group["confidence"] == 1.0 and group["words"]
        assert result["explanation"]["groups"][group["label"]] == group["words"]
    for inst in result["instruments"]:
        assert inst["confidence"] == 1.0
        assert result["text"][inst["start"] : inst["end"]] == inst["text"]


def test_classify_labels_every_label_has_a_confidence_and_an_explanation() -> None:
    results = classify_texts(TEXTS, cycle=3)
    assert [r["text"] for r in results] == TEXTS
    for r in results:
        _check(r)
        assert r["heading"]["path"][0].startswith(("II.", "III."))
    assert [m["code"] for m in results[0]["instruments"]] == ["OP-CAT"]
    assert [m["code"] for m in results[2]["instruments"]] == ["ICCPR-OP 2"]
    assert {g["label"] for g in results[1]["groups"]} >= {"women", "children"}
    assert "Right to water" in {i["label"] for i in results[3]["issues"]}
    assert "Human rights defenders" in {i["label"] for i in results[4]["issues"]}


def test_classify_labels_empty_text_has_every_key_and_no_label() -> None:
    from uprkit.classify.labels import empty_labels

    results = classify_texts(["", TEXTS[0], "  \t", TEXTS[2]], cycle=3)
    assert [r["text"] for r in results] == ["", TEXTS[0], "  \t", TEXTS[2]]
    assert results[0] == empty_labels("") and results[2] == empty_labels("  \t")
    assert results[0]["action"] is None and results[0]["heading"] is None and results[0]["issues"] == []
    assert results[1] == classify_texts([TEXTS[0]], cycle=3)[0]
    assert results[3] == classify_texts([TEXTS[2]], cycle=3)[0]
    assert classify_texts(["", " "]) == [empty_labels(""), empty_labels(" ")]


def test_classify_cli_jsonl_keeps_input_order(tmp_path: Path) -> None:
    source = tmp_path / "recs.txt"
    source.write_text("\n".join(TEXTS * 3) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "uprkit.cli", "classify", str(source), "--format", "jsonl"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["text"] for x in lines] == TEXTS * 3
    assert set(lines[0]) == {"text", "action", "issues", "heading", "groups", "instruments", "explanation"}
    for x in lines:
        _check(x)


def test_classify_cli_missing_file_is_read_as_text() -> None:
    r = subprocess.run([sys.executable, "-m", "uprkit.cli", "classify", "Ratify the CRPD", "--format", "json"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    (only,) = json.loads(r.stdout)
    assert only["instruments"][0]["code"] == "CRPD"


def test_parse_classify_adds_labels_to_statements_and_recommendations() -> None:
    r = subprocess.run([sys.executable, "-m", "uprkit.cli", "parse", str(DATA / KAZ_NAME), "--classify", "--quiet"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    statements = [s for p in doc["paragraphs"] for s in p["statements"]]
    assert statements and all(s["labels"] and s["labels"]["heading"]["theme"] for s in statements)
    first = doc["paragraphs"][0]["statements"][0]["labels"]
    assert "ICCPR-OP 2" in {m["code"] for m in first["instruments"]}


def test_parse_classify_takes_a_statements_theme_from_the_heading_it_stands_under() -> None:
    from uprkit.classify.report_labels import label_report
    from uprkit.parse import parse_document
    from uprkit.read import read_document

    # the Kazakhstan summary: every paragraph stands under a guideline heading
    report = label_report(parse_document(read_document(DATA / KAZ_NAME)))
    for p in report.paragraphs:
        for s in p.statements:
            assert s.labels is not None
            heading = s.labels["heading"]
            assert isinstance(heading, dict) and heading["source"] == "document" and heading["confidence"] == 1.0
            assert heading["path"] == p.headings
    education = next(p for p in report.paragraphs if "Right to education" in p.headings[-1])
    assert education.statements[0].labels["heading"]["theme"] == "education"  # type: ignore[index]
    # a text with no headings: the model's theme, marked so
    plain = label_report(parse_document(read_document_text("1. Torture is widespread in prisons.\n")))
    assert all(s.labels["heading"]["source"] == "model" for p in plain.paragraphs for s in p.statements)  # type: ignore[index]


def read_document_text(text: str):  # type: ignore[no-untyped-def]
    from uprkit.model import Document, Page

    return Document(text=text, pages=[Page(number=1, start=0, end=len(text))])


def test_parse_classify_a_section_that_says_who_speaks_leaves_the_theme_to_the_model() -> None:
    # A/HRC/WG.6/48/SVN/3, "II. Information provided by the national human rights institution …": any topic
    from uprkit.classify.report_labels import label_report
    from uprkit.parse import parse_document
    from uprkit.read import read_document

    report = label_report(parse_document(read_document(DATA / "excerpt_svn48_3.txt")))
    nhri = [p for p in report.paragraphs if p.headings and "national human rights institution" in p.headings[-1]]
    assert nhri
    for p in nhri:
        for s in p.statements:
            heading = s.labels["heading"]  # type: ignore[index]
            assert heading["source"] == "model" and heading["theme"] != "nhri"


def test_parse_classify_a_recommendation_without_text_gets_no_label() -> None:
    # an addendum lists recommendations by number only (A/HRC/14/15/Add.1): no text, so no label
    from uprkit.classify.report_labels import label_report
    from uprkit.parse import parse_document
    from uprkit.read import read_document

    report = label_report(parse_document(read_document(DATA / "wg" / "excerpt_A_HRC_14_15_Add.1.txt")))
    blank = [r for r in report.recommendations if not r.text.strip()]
    assert blank
    for r in blank:
        assert r.labels is not None and r.labels["action"] is None and r.labels["heading"] is None
        assert r.labels["issues"] == [] and r.labels["instruments"] == []
