"""The ``uprkit`` command line, run as a real process (``python -m uprkit.cli``): exit codes, messages, outputs.

Every bad input must give exactly one line ``Error: <file>: <problem>`` on stderr and exit code 1, while the good
files given with it are still parsed and written.
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import typer.main
from conftest import DATA, KAZ_NAME

from uprkit import __version__
from uprkit.cli import app
from uprkit.model import ParsedReport
from uprkit.render.report import CSV_COLUMNS, SCHEMA_RESOURCE

KAZ = DATA / KAZ_NAME
ERROR_LINE = re.compile(r"^Error: (?P<path>.+?): (?P<problem>.+)$")


def run(*args: str | Path, limit_memory: bool = False, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``uprkit ARGS`` in a fresh interpreter (optionally with address space capped at 512 MB)."""
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}
    env.pop("UPRKIT_MAX_BYTES", None)
    preexec = None
    if limit_memory and sys.platform.startswith("linux"):
        import resource

        def preexec() -> None:
            cap = 512 * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    return subprocess.run(
        [sys.executable, "-m", "uprkit.cli", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=60,
        preexec_fn=preexec,
    )


def commands() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(name for name, cmd in group.commands.items() if not cmd.hidden)  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(resources.files("uprkit").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8"))
    return loaded


def _validate(doc: object, schema: dict[str, Any]) -> None:
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    errors = sorted(validator_class(schema).iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


# --------------------------------------------------------------------------------------------- help


def test_cli_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    assert {"parse", "schema", "demo"} <= set(commands())
    for name in commands():
        assert re.search(rf"\b{re.escape(name)}\b", result.stdout), name


def test_cli_no_arguments_shows_help() -> None:
    result = run()
    assert "Usage:" in result.stdout + result.stderr
    assert "parse" in result.stdout + result.stderr


@pytest.mark.parametrize("name", commands())
def test_cli_command_help(name: str) -> None:
    result = run(name, "--help")
    assert result.returncode == 0, result.stderr
    assert f"uprkit.cli {name}" in result.stdout or f"uprkit {name}" in result.stdout
    assert "--help" in result.stdout


def test_cli_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"uprkit {__version__}"


# ------------------------------------------------------------------------------------------- parse


def test_cli_parse_json_validates_against_the_shipped_schema(schema: dict[str, Any]) -> None:
    result = run("parse", KAZ)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    _validate(doc, schema)
    for key in ("symbol", "country", "session", "cycle", "kind", "language", "stated_submission_count", "headings",
                "paragraphs", "stakeholders", "endnotes", "recommendations"):
        assert key in doc, key
    assert (doc["symbol"], doc["country"], doc["session"], doc["cycle"], doc["kind"]) == (
        "A/HRC/WG.6/7/KAZ/3", "KAZ", 7, 1, "stakeholder_summary"
    )
    assert doc["stated_submission_count"] == 16
    assert len(doc["paragraphs"]) == 53
    assert doc["paragraphs"][0]["headings"] == ["I. Background and framework", "A. Scope of international obligations"]
    assert doc["recommendations"] == []
    ParsedReport.model_validate(doc)  # and it round-trips into the model


def test_cli_parse_warnings_go_to_stderr_and_json(schema: dict[str, Any]) -> None:
    result = run("parse", KAZ)
    doc = json.loads(result.stdout)
    warnings = [line for line in result.stderr.splitlines() if line]
    assert warnings and all(line.startswith(f"Warning: {KAZ}: ") for line in warnings)
    assert len(warnings) == len(doc["warnings"])
    quiet = run("parse", "--quiet", KAZ)
    assert quiet.returncode == 0
    assert quiet.stderr == ""
    assert json.loads(quiet.stdout) == doc


def test_cli_schema_command_prints_the_shipped_schema(schema: dict[str, Any]) -> None:
    result = run("schema")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == schema
    jsonschema.validators.validator_for(schema).check_schema(schema)
    assert "paragraphs" in schema["required"]


def test_cli_parse_excerpts_validate(schema: dict[str, Any], tmp_path: Path) -> None:
    names = ["excerpt_svn48_3.txt", "excerpt_ukr28_3.txt", "excerpt_svn7_3.txt", "excerpt_svn48_2.txt"]
    result = run("parse", *(DATA / n for n in names), "--out", tmp_path, "--quiet")
    assert result.returncode == 0, result.stderr
    for name in names:
        _validate(json.loads((tmp_path / name.replace(".txt", ".json")).read_text(encoding="utf-8")), schema)


def test_cli_parse_markdown() -> None:
    result = run("parse", KAZ, "--format", "md", "--quiet")
    assert result.returncode == 0, result.stderr
    md = result.stdout
    assert md.startswith("# A/HRC/WG.6/7/KAZ/3\n")
    assert "- **Submissions stated:** 16" in md
    assert "## I. Background and framework" in md
    assert "### A. Scope of international obligations" in md
    assert "\n1. Joint Submission (JS)1 recommended the ratification of ICCPR–OP 2." in md
    assert "   *Credited:* JS1, JS3" in md
    assert "## IV. Key national priorities, initiatives and commitments" in md


def test_cli_parse_csv_one_row_per_statement(kaz_report: ParsedReport) -> None:
    result = run("parse", KAZ, "--format", "csv", "--quiet")
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == CSV_COLUMNS
    records = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert len(records) == sum(len(p.statements) for p in kaz_report.paragraphs)
    first = records[0]
    assert (first["symbol"], first["paragraph"], first["statement"]) == ("A/HRC/WG.6/7/KAZ/3", "1", "1")
    assert "JS1" in first["sources"].split("; ")
    assert first["act"] == "recommendation"
    assert first["text"] == "Joint Submission (JS)1 recommended the ratification of ICCPR–OP 2."
    assert [r["paragraph"] for r in records if r["statement"] == "1"] == [str(n) for n in range(1, 54)]


def test_cli_parse_out_writes_one_file_per_input(tmp_path: Path) -> None:
    twin = tmp_path / "copy" / KAZ_NAME  # same stem as KAZ: must not overwrite it
    twin.parent.mkdir()
    twin.write_bytes(KAZ.read_bytes())
    out = tmp_path / "out"
    result = run("parse", KAZ, DATA / "excerpt_svn7_3.txt", twin, "--format", "md", "--out", out, "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in out.iterdir()) == [
        "A_HRC_WG.6_7_KAZ_3-2.md",
        "A_HRC_WG.6_7_KAZ_3.md",
        "excerpt_svn7_3.md",
    ]
    assert (out / "excerpt_svn7_3.md").read_text(encoding="utf-8").startswith("# ")


def test_cli_parse_latin1_text_is_fine() -> None:
    result = run("parse", DATA / "latin1.txt")
    assert result.returncode == 0, result.stderr
    assert "Error" not in result.stderr
    doc = json.loads(result.stdout)
    assert doc["introduction"]["text"].startswith("Human Rights Council, Genève. São Tomé and Príncipe: résumé")


# -------------------------------------------------------------------------------------- bad inputs


def _bad_inputs(tmp: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, regular expression its problem must match)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "random.bin").write_bytes(random.Random(0).randbytes(4096))
    rng = random.Random(1)
    (tmp / "random_no_nul.bin").write_bytes(bytes(rng.randrange(1, 256) for _ in range(4096)))
    (tmp / "high_bytes.txt").write_bytes(bytes(range(128, 256)) * 40)
    rng = random.Random(2)
    (tmp / "random_printable.txt").write_bytes(bytes(rng.randrange(32, 256) for _ in range(4096)))
    with (tmp / "huge.txt").open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.seek(200 * 1024 * 1024)
        fh.write(b"x")
    binary = r"binary|not (?:readable )?text|encoding"
    return {
        "empty": (tmp / "empty.txt", r"empty"),
        "random": (tmp / "random.bin", binary),
        "random-no-nul": (tmp / "random_no_nul.bin", binary),
        "high-bytes": (tmp / "high_bytes.txt", binary),
        "random-printable": (tmp / "random_printable.txt", binary),
        "truncated-pdf": (DATA / "kaz3_truncated.pdf", r"truncated|corrupt"),
        "encrypted-pdf": (DATA / "kaz3_encrypted.pdf", r"encrypted|password"),
        "not-a-zip-docx": (DATA / "not_a_zip.docx", r"not a (?:valid )?\.?docx|zip"),
        "pdf-without-text": (DATA / "no_text_layer.pdf", r"no text"),
        "200-mb": (tmp / "huge.txt", r"too large"),
        "missing": (tmp / "missing.txt", r"no such file|not found|does not exist"),
    }


BAD = ["empty", "random", "random-no-nul", "high-bytes", "random-printable", "truncated-pdf", "encrypted-pdf",
       "not-a-zip-docx", "pdf-without-text", "200-mb", "missing"]


@pytest.mark.parametrize("name", BAD)
def test_cli_parse_bad_input_gives_one_error_line(name: str, tmp_path: Path) -> None:
    path, problem = _bad_inputs(tmp_path)[name]
    result = run("parse", path, limit_memory=True)
    assert re.search(problem, _one_error_line(result, path), re.I)
    assert "Traceback" not in result.stderr


def _one_error_line(result: subprocess.CompletedProcess[str], path: Path) -> str:
    """The problem the one error line names for ``path`` (exit 1, nothing on stdout)."""
    assert result.returncode == 1
    assert result.stdout.strip() == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    m = ERROR_LINE.match(lines[0])
    assert m is not None, lines[0]
    assert m.group("path") == str(path)
    return m.group("problem")


CLASSIFY_BAD = ["random", "random-no-nul", "high-bytes", "random-printable", "truncated-pdf", "encrypted-pdf",
                "not-a-zip-docx", "pdf-without-text", "200-mb", "missing", "folder", "kaz-pdf"]


@pytest.mark.parametrize("name", CLASSIFY_BAD)
def test_cli_classify_bad_input_gives_one_error_line(name: str, tmp_path: Path) -> None:
    bad = _bad_inputs(tmp_path)
    bad["folder"] = (tmp_path, r"is a folder")
    bad["kaz-pdf"] = (DATA / "kaz3_excerpt.pdf", r"a PDF, not plain text")
    path, _ = bad[name]
    result = run("classify", "--format", "jsonl", path, limit_memory=True)
    problem = r"binary|not plain text|too large|no such file|is a folder|not a valid"
    assert re.search(problem, _one_error_line(result, path))


def test_cli_classify_missing_file_name_is_an_error_not_a_text(tmp_path: Path) -> None:
    result = run("classify", "--format", "jsonl", "recomendations.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip() == (
        "Error: recomendations.txt: no such file (to classify these words as a text, add --text)"
    )
    as_text = run("classify", "--format", "jsonl", "--text", "recomendations.txt", cwd=tmp_path)
    assert as_text.returncode == 0 and json.loads(as_text.stdout)["text"] == "recomendations.txt"


def test_cli_classify_jsonl_one_object_per_input_line(tmp_path: Path) -> None:
    source = tmp_path / "blank_lines.txt"
    source.write_bytes(b"Ratify OP-CAT (Denmark);\r\n\r\n   \r\nProtect journalists (Norway);\r\n\t\r\nRatify the CRPD.")
    result = run("classify", "--format", "jsonl", source)
    assert result.returncode == 0, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["text"] for o in objects] == [
        "Ratify OP-CAT (Denmark);", "", "", "Protect journalists (Norway);", "", "Ratify the CRPD."
    ]
    for o in objects:
        assert set(o) == {"text", "action", "issues", "heading", "groups", "instruments", "explanation"}
        assert (o["action"] is None) is (o["text"] == "")
    assert objects[1] == {
        "text": "", "action": None, "issues": [], "heading": None, "groups": [], "instruments": [],
        "explanation": {"action": [], "issues": {}, "heading": [], "groups": {}, "instruments": {}},
    }
    assert [m["code"] for m in objects[0]["instruments"]] == ["OP-CAT"]


def test_cli_classify_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    source = tmp_path / "latin1.txt"
    source.write_bytes("Protect réfugiés and asylum-seekers (Côte d'Ivoire);\n".encode("latin-1"))
    result = run("classify", "--format", "jsonl", source)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"Warning: {source}: not UTF-8: read as cp1252"
    assert json.loads(result.stdout)["text"] == "Protect réfugiés and asylum-seekers (Côte d'Ivoire);"


def test_cli_parse_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path, _ = _bad_inputs(tmp_path)["200-mb"]
    assert path.stat().st_size == 200 * 1024 * 1024 + 1
    result = run("parse", path, limit_memory=True)  # a read of 200 MB would not fit under the 512 MB cap
    assert result.returncode == 1
    assert re.fullmatch(rf"Error: {re.escape(str(path))}: file too large \(.*\)\n?", result.stderr)


def test_cli_parse_good_bad_good_writes_both_good_and_exits_1(tmp_path: Path) -> None:
    good1, bad, good2 = KAZ, DATA / "kaz3_truncated.pdf", DATA / "excerpt_svn7_3.txt"
    out = tmp_path / "out"
    result = run("parse", good1, bad, good2, "--out", out)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert errors == [ln for ln in errors if ln.startswith(f"Error: {bad}: ")] and len(errors) == 1
    assert sorted(p.name for p in out.iterdir()) == ["A_HRC_WG.6_7_KAZ_3.json", "excerpt_svn7_3.json"]
    assert json.loads((out / "A_HRC_WG.6_7_KAZ_3.json").read_text(encoding="utf-8"))["symbol"] == "A/HRC/WG.6/7/KAZ/3"
    assert json.loads((out / "excerpt_svn7_3.json").read_text(encoding="utf-8"))["symbol"] == "A/HRC/WG.6/7/SVN/3"


def test_cli_parse_good_bad_good_to_stdout(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("parse", KAZ, empty, DATA / "excerpt_svn7_3.txt", "--quiet")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"Error: {empty}: empty file"]
    docs = json.loads(result.stdout)
    assert [d["symbol"] for d in docs] == ["A/HRC/WG.6/7/KAZ/3", "A/HRC/WG.6/7/SVN/3"]


# -------------------------------------------------------------------------------------------- demo


def test_cli_demo(tmp_path: Path) -> None:
    result = run("demo", "--out", tmp_path)
    assert result.returncode == 0, result.stderr
    assert "A/HRC/WG.6/7/KAZ/3" in result.stdout
    assert "53 numbered paragraphs" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "A_HRC_WG.6_7_KAZ_3.csv",
        "A_HRC_WG.6_7_KAZ_3.json",
        "A_HRC_WG.6_7_KAZ_3.md",
        "summary-SVN-48.docx",
        "summary-SVN-48.html",
        "summary-SVN-48.json",
        "summary-SVN-48.md",
        "summary-UZB-30.docx",
        "summary-UZB-30.html",
        "summary-UZB-30.json",
        "summary-UZB-30.md",
    ]
    assert "A/HRC/WG.6/48/SVN/3" in result.stdout
    assert "the drafted summary:" in result.stdout
    from uprkit.summarize.model import Summary

    draft = Summary.model_validate_json((tmp_path / "summary-SVN-48.json").read_text(encoding="utf-8"))
    assert draft.word_count <= 5200 and draft.not_included == []
    verify = run("verify", tmp_path / "summary-SVN-48.json", DATA.parents[1] / "uprkit" / "examples" / "submissions-svn48")
    assert verify.returncode == 0, verify.stdout
    assert "A/HRC/WG.6/30/UZB/3" in result.stdout and "made-up submissions" in result.stdout
    verify = run("verify", tmp_path / "summary-UZB-30.json", DATA.parents[1] / "uprkit" / "examples" / "submissions-uzb30")
    assert verify.returncode == 0, verify.stdout
    # each draft reads back, in each format, with every paragraph crediting the stakeholders the draft credits
    # there (read back before, the Slovenian draft's CoE bodies, listed as attachments without documents, were
    # credited nowhere in the DOCX, and the Markdown and HTML lost or misread the stakeholder list)
    from uprkit.parse import parse_file

    for stem in ("summary-SVN-48", "summary-UZB-30"):
        drafted = Summary.model_validate_json((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
        credits = {p.number: {a for s in p.sentences for a in s.stakeholders}
                   for section in drafted.iter_sections() for p in section.paragraphs}
        for fmt in ("md", "html", "docx"):
            again = parse_file(tmp_path / f"{stem}.{fmt}")
            assert [w.message for w in again.warnings] == [], (stem, fmt)
            assert (again.symbol, again.kind) == (drafted.symbol, "stakeholder_summary"), (stem, fmt)
            read = {p.number: {a for st in p.statements for a in st.sources} for p in again.paragraphs}
            assert read == credits, (stem, fmt)
