"""The classifier's speed work must not change a label: the required-word screen never hides a match, the
lexicons run once per text, and long lines take linear time."""

from __future__ import annotations

import re
import time

import pytest
from conftest import DATA, KAZ_NAME

from uprkit.classify import groups, instruments, labels
from uprkit.classify.anchors import Screen, fold, required_literals

#: Real text, one line a text: the Kazakhstan summary and the excerpts of other summaries and compilations.
SOURCES = [KAZ_NAME, "excerpt_svn48_3.txt", "excerpt_ukr28_3.txt", "excerpt_svn7_3.txt", "excerpt_svn48_2.txt",
           "excerpt_fra43_3.txt"]


def _lines() -> list[str]:
    out: list[str] = []
    for name in SOURCES:
        out.extend(line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip())
    return out


def _patterns() -> list[re.Pattern[str]]:
    table = instruments._table()
    lexicon = groups._lexicon()
    return (
        [p.regex for p in table.patterns]
        + [instruments._ILO_NUMBERED]
        + [p for _, p in lexicon.terms]
        + [lexicon.mask]
    )


def test_classify_speed_screen_never_hides_a_match() -> None:
    patterns = _patterns()
    screen = Screen([required_literals(p.pattern) for p in patterns])
    texts = _lines() + [
        "Ratify the CONVENTION AGAINST TORTURE and OP-CAT",
        "Conventıon agaınst Torture (dotless i), Convention ſtatute, ILO C169",  # letters re folds to ASCII
        "Accede to the International Covenant on Civil and Political Rights; WOMEN and GIRLS",
    ]
    matched = 0
    for text in texts:
        candidates = set(screen.candidates(text))
        for i, pattern in enumerate(patterns):
            if pattern.search(text):
                matched += 1
                assert i in candidates, (pattern.pattern[:80], text[:120])
    assert matched > 200


def test_classify_speed_required_literals() -> None:
    assert required_literals(r"(?i:Convention\s+(?:on|against)\s+Torture|UNCAT)") == frozenset(
        {("convention", "torture"), ("uncat",)}
    )
    assert required_literals(r"ILO|International\s+Labour") == frozenset({("ilo",), ("international", "labour")})
    assert required_literals(r"(?:UN )?CRC") == frozenset({("crc",)})
    assert required_literals(r"[A-Z]+|CAT") is None
    assert required_literals(r"x?") is None
    assert fold("Conventıon İCCPR ſ") == "convention iccpr s"


def test_classify_speed_dotless_i_still_found() -> None:
    assert [m.code for m in instruments.find_instruments("the Conventıon against Torture")] == ["CAT"]


def test_classify_speed_lexicons_run_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = instruments.find_instruments

    def counting(text: str) -> list[instruments.InstrumentMention]:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(groups, "find_instruments", counting)
    texts = ["Ratify the CRPD and its Optional Protocol (Spain);", "Protect journalists and women (Norway);"]
    results = labels.classify_texts(texts)
    assert calls == texts
    assert [m["code"] for m in results[0]["instruments"]] == ["CRPD", "OP-CRPD"]
    assert [g["label"] for g in results[1]["groups"]] == ["women", "journalists"]
    # an attribution is stripped for the heading model: its body is looked at once more
    calls.clear()
    labels.classify_texts(["JS1 recommended that the State ratify the CRPD."])
    assert calls == ["JS1 recommended that the State ratify the CRPD.", "the State ratify the CRPD."]


def test_classify_speed_long_line_is_linear() -> None:
    # a whole document pasted as one line (1.2 MB): 146 s before the quadratic checks went
    text = " ".join(_lines()) * 12
    assert len(text) > 1_000_000
    start = time.process_time()
    found = instruments.find_instruments(text)
    named = groups.find_groups(text, found)
    assert time.process_time() - start < 10
    assert len(found) > 400 and len(named) > 2500
    assert all(text[m.start : m.end] == m.text for m in found)


def test_classify_speed_same_mentions_as_the_plain_checks() -> None:
    # the plain, quadratic form of the two overlap checks, on the whole Kazakhstan summary
    text = (DATA / KAZ_NAME).read_text(encoding="utf-8")
    cands = instruments._merge_same_code(instruments._candidates(text), text)
    plain: list[instruments.InstrumentMention] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), c.start)):
        if all(c.end <= k.start or c.start >= k.end for k in plain):
            plain.append(c)
    assert instruments._longest_first(cands) == sorted(plain, key=lambda c: (c.start, c.end))
    found = instruments.find_instruments(text)
    lexicon = groups._lexicon()
    masked = [(m.start(), m.end()) for m in lexicon.mask.finditer(text)] + [(m.start, m.end) for m in found]
    expected = [
        groups.GroupMention(label, m.start(), m.end(), m.group())
        for label, pattern in lexicon.terms
        for m in pattern.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in masked)
    ]
    order = {label: i for i, label in enumerate(lexicon.names)}
    expected.sort(key=lambda g: (g.start, order[g.label], -g.end))
    assert groups.find_groups(text) == expected and len(expected) > 80


def test_classify_speed_attribution_word_check_changes_nothing() -> None:
    from uprkit.classify import headings

    pattern, _, _ = headings._attribution()
    texts = _lines() + [
        "JS1 recommended that the State ratify the CRPD.",
        "A" * 150 + " recommended that x",  # the verb starts at 151: within reach
        "A" * 170 + " recommended that x",  # beyond reach
        "It was concerned. JS2 noted that x",
    ]
    stripped = 0
    for text in texts:
        m = pattern.match(text)
        plain = text[m.end() :] if m and m.end() < len(text) else text
        assert headings.strip_attribution(text) == plain
        stripped += plain != text
    assert stripped > 100


def test_bench_classify_pipeline_measures_every_label() -> None:
    from uprkit.bench.classify_pipeline import format_markdown, measure

    result = measure(["Ratify the CRPD and its Optional Protocol (Spain);", "Protect journalists (Norway);"] * 20)
    assert result["texts"] == 40 and result["texts_per_second"] > 0 and result["load_seconds"] > 0
    one = labels.classify_texts(["Protect journalists (Norway);"])[0]
    assert result["output_characters"] > 40 * len(str(one["text"]))
    md = format_markdown(
        {**result, "texts_per_second": 2500.0, "texts_per_cpu_second": 2600.0, "load_seconds": 0.25},
        {"texts_per_second": 4000.0, "texts_per_cpu_second": 4100.0},
    )
    assert "| texts per second, whole `uprkit classify --format jsonl` pipeline" in md
    assert "| 2,500 | 2,000 | yes |" in md
    assert "| texts per second, action and issues model alone (`predict`) | 4,000 | | |" in md
    assert "| both models' load (s) | 0.25 | 2.0 | yes |" in md
    assert md.count("| the same, per second of CPU time |") == 2 and "| 2,600 |" in md and "| 4,100 |" in md
