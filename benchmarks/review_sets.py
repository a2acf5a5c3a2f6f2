"""Draft a made-up review set of ``tests/data`` and score the draft against the set's truth, frozen before uprkit
first ran on it (review helpers wrote both on 2026-12-06):

    python benchmarks/review_sets.py srb [--no-manifest] [--list] [--json OUT]
    python benchmarks/review_sets.py per [...]
    python benchmarks/review_sets.py khm [...]
    python benchmarks/review_sets.py uga [...]
    python benchmarks/review_sets.py npl [...]
    python benchmarks/review_sets.py mys [...]

* ``srb``: Serbia, Working Group session 46 (cycle 4), 14 submissions in layouts no earlier set had (the Council of
  Europe's one contribution of extracts of six organs' reports, the A-status NHRI as Word with real endnotes, a
  saved web page, a PDF table of recommendations without full stops, a PDF follow-up table, a one-page letter, a
  text with "[1]" notes, two columns); 134 points, 74 pieces of junk, 10 shared points, 11 traps.
* ``khm``: Cambodia, session 18 (cycle 2), 14 submissions (written 2026-12-06 in the thirteenth session: a joint submission with an annex of 30 members,
  decimal paragraphs, a PDF with real footnotes and a running header/footer, an image-only scan, a Word table of
  recommendations, quoted cycle-1 recommendations, first person plural, bullets with sub-items, a saved web page, a
  text hard-wrapped with hyphens, a two-page unnumbered PDF, a regional lawyers' body, an executive summary that
  repeats the body); 173 points, 55 pieces of junk, 8 shared points, 8 traps. Also scores "repeats" (an executive-summary sentence drafted
  besides the body point it repeats) and "not_included" (the scan listed as not included).
* ``uga``: Uganda, session 40 (cycle 3), 15 submissions (written 2026-12-06 in the thirteenth session: the A-status
  NHRI's report with a table of contents and acronyms, a joint submission whose 60 members are a Word table,
  paragraph numbers restarting in each section, a "Key recommendations" box repeated in the body, inline references
  to earlier recommendations, all-caps headings, "GoU", long paragraphs, a figures table, Word footnotes with URLs, an
  annex of case summaries, a submission mostly about another State, Windows line ends and form feeds, ligatures and
  soft hyphens); 189 points, 57 pieces of junk, 8 shared points, 8 traps, 3 box repeats.
* ``npl``: Nepal, session 37 (cycle 3), 14 submissions (written 2026-12-06 in the fourteenth session and held out:
  a Word text box of key findings, tracked changes left in a Word file, "1)" / "a)" numbering, a running header and
  "Page N of 3" footer, lakh figures and Bikram Sambat dates, members in a cover paragraph and in an annex, questions
  and answers, a PDF table "Issue | Recommendation", Word automatic numbering, a regional intergovernmental forum
  in the third person, the Government's words and a headline quoted by an NGO, an annex of reworded
  recommendations, an e-mail export with quoted replies and a disclaimer, a drop cap); 144 points, 58 pieces of
  junk, 8 shared points (four sharing only the matter), 8 traps, 4 repeats.
* ``mys``: Malaysia, session 45 (cycle 4), 15 submissions (written 2026-12-06 in the fourteenth session and held out:
  Word comments, a Word running header and footer, "§ 1" paragraphs and "R1." recommendations, "[i]" endnotes,
  Markdown in a .txt, an RTF and a corrupt PDF that cannot be read, a blog post with comments and share buttons,
  Malay law titles, a landscape table of cases, the NHRI's chapters and executive summary, a joint submission signed
  at its end, the national report quoted and rebutted, SDG tags, "the GoM" and "Putrajaya"); 145 points, 75 pieces
  of junk, 8 shared points, 8 traps, 4 repeats, 2 files not included.
* ``per``: Peru, session 28 (cycle 3), 13 submissions, most of them broad (five international NGOs, three
  coalitions, the Defensoría del Pueblo, the IACHR, three focused NGOs); 143 points, 33 pieces of junk, 8 shared
  points, 8 traps.

The set is drafted without a word limit with the ``uprkit`` this Python imports (with the folder's
``stakeholders.csv`` unless ``--no-manifest``). A truth point is found where a sentence's cited span (credited or
"See also") from the point's own file, or else the sentence itself, holds its key phrase (case, white space, soft
and line-end hyphens, quotes and dashes aside). For a found point: the credit is right where that span is the
truth's stakeholder's (leniently, "CoE" for one of its organs); the locator where it is one the truth accepts ("para.
5" for "para. 5(b)"); the heading where the theme is the truth's or a defensible other (the NHRI's: its section) —
for ``srb`` the sentence's theme, for ``per`` its section's, placed as the cycle places a theme without a heading
of its own; the act where both or neither are recommendations. Junk is a never-drafted key in a sentence drawn from
the junk's own file, or a run of six of its words in a span cited from it. A shared point is joined where one
sentence holds every member's key (partly: two members'); a trap where one holds two members'. ``uprkit verify``
is run on the draft.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from uprkit.classify.outlines import placement

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {
    "srb": {"country": "SRB", "session": 46, "heading": "sentence"},
    "per": {"country": "PER", "session": 28, "heading": "section"},
    "khm": {"country": "KHM", "session": 18, "heading": "section"},
    "uga": {"country": "UGA", "session": 40, "heading": "section"},
    "npl": {"country": "NPL", "session": 37, "heading": "section"},
    "mys": {"country": "MYS", "session": 45, "heading": "section"},
}
_STOP = set("a an the of and or to in on for with by at from as that this is are was were be its their all".split())


def _norm(s: str) -> str:
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\s*\n\s*(?=[a-z])", "", s)  # a word cut at a line's end
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("–", "-"), ("—", "-"), ("\u2022", " ")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip().lower()


def _contains(hay: str, key: str) -> bool:
    h, k = _norm(hay), _norm(key)
    return k in h or k.replace("-", "") in h.replace("-", "")  # "ill-\ntreatment" keeps its hyphen


def _shares_run(text: str, key: str, n: int) -> bool:
    """The text and the key have a run of ``n`` words in common, not mostly little words."""
    def words(s: str) -> list[str]:
        return [w for w in re.split(r"[^\w'-]+", _norm(s)) if w]

    a, b = words(text), words(key)
    grams = {tuple(b[i : i + n]) for i in range(len(b) - n + 1) if sum(w in _STOP for w in b[i : i + n]) <= n // 2 - 1}
    return any(tuple(a[i : i + n]) in grams for i in range(len(a) - n + 1))


def _norm_locator(loc: str | None) -> str:
    if not loc:
        return ""
    loc = re.sub(r"\s+", " ", loc.strip().rstrip(".").lower().replace("\u00a0", " "))
    loc = re.sub(r"\s*\([a-z]{1,3}\)", "", loc)  # "para. 5(b)" is para. 5
    return re.sub(r"^(paras?\.?|p{1,2}\.)\s*", lambda m: m.group(1).rstrip(".") + ". ", loc)


def _sentences(draft: dict, by_section: bool, cycle: int) -> list[dict]:
    placed = {k: v for k, v in placement(cycle).items() if v}
    out: list[dict] = []

    def walk(sections: list[dict], inherited: str | None) -> None:
        for sec in sections:
            theme = sec.get("theme") or inherited
            for para in sec["paragraphs"]:
                for sen in para["sentences"]:
                    own = placed.get(theme or "", theme) if by_section else (sen.get("theme") or theme)
                    out.append({"theme": own, "section_theme": theme, "s": sen})
            walk(sec["sections"], theme)

    walk(draft["sections"], None)
    return out


def _spans(sen: dict) -> list[tuple[str, dict]]:
    return [("source", x) for x in sen["sources"]] + [("see_also", x) for x in sen.get("see_also") or []]


def _hits(sentences: list[dict], key: str, file: str | None) -> list[tuple[int, str, dict | None]]:
    """(sentence, span kind, span) of every sentence whose span cited from ``file`` holds ``key``; else those whose
    own text does."""
    hits = [(i, kind, sp) for i, x in enumerate(sentences) for kind, sp in _spans(x["s"])
            if (file is None or sp.get("file") == file) and _contains(sp.get("text") or "", key)]
    return hits or [(i, "text", None) for i, x in enumerate(sentences) if _contains(x["s"]["text"], key)]


def score(draft: dict, truth: dict, by_section: bool) -> dict:
    sentences = _sentences(draft, by_section, truth["cycle"])
    rows = []
    for p in truth["points"]:
        hits = _hits(sentences, p["key"], p["file"])
        row = {"id": p["id"], "stakeholder": p["stakeholder"], "key": p["key"], "drafted": bool(hits)}
        if hits:
            i, kind, sp = ([h for h in hits if h[1] == "source"] or hits)[0]
            x = sentences[i]
            credit, want = (sp["stakeholder"] if sp else None), p["stakeholder"]
            row.update({
                "sentence": x["s"]["text"], "as": kind, "credit": credit, "locator": sp.get("locator") if sp else None,
                "theme": x["theme"],
                "credit_strict": credit == want,
                "credit_lenient": credit == want or (want.startswith("CoE-") and credit == "CoE"),
                "locator_right": bool(sp) and _norm_locator(sp.get("locator")) in {_norm_locator(x) for x in p["locators"]},
                "heading_right": x["theme"] in {p["heading"], *p["heading_also"]}
                if p["heading"] != "nhri" else x["section_theme"] == "nhri",
                "act_right": (x["s"]["act"] == "recommendation") == (p["kind"] == "recommendation"),
            })
        rows.append(row)
    found = [r for r in rows if r["drafted"]]
    junk = []
    for j in truth["never_drafted"]:
        for x in sentences:
            own = [sp for _, sp in _spans(x["s"]) if sp.get("file") == j["file"]]
            if own and (any(_contains(t, j["key"]) for t in [x["s"]["text"], *(sp.get("text") or "" for sp in own)])
                        or any(_shares_run(sp.get("text") or "", j["key"], 6) for sp in own)):
                junk.append({"submission": j["submission"], "key": j["key"], "sentence": x["s"]["text"]})
    files = {p["id"]: p["file"] for p in truth["points"]}

    def joined(groups: list[dict]) -> list[tuple[bool, bool]]:
        out = []
        for g in groups:
            members = [{h[0] for k in m["keys"] for h in _hits(sentences, k, files.get(m["point"]))} for m in g["members"]]
            pair = any(members[a] & members[b] for a in range(len(members)) for b in range(a + 1, len(members)))
            out.append((bool(set.intersection(*members)) if members else False, pair))
        return out

    merges, traps = joined(truth["merges"]), joined(truth["traps"])
    repeats = []
    for r in truth.get("repeats", []):
        ex = {h[0] for h in _hits(sentences, r["key"], r["file"])}
        body = {h[0] for pid in r["points"] for h in _hits(sentences, next(p["key"] for p in truth["points"] if p["id"] == pid), r["file"])}
        if ex:
            repeats.append({"key": r["key"], "also_body": bool(body - ex), "sentence": sentences[min(ex)]["s"]["text"]})
    listed = {x.get("file") for x in draft.get("not_included", [])}
    want_out = [x["file"] for x in truth.get("not_included", [])]
    return {
        "points": len(rows), "drafted": len(found), "as_see_also": sum(r["as"] == "see_also" for r in found),
        **{k: sum(r[k] for r in found) for k in ("credit_strict", "credit_lenient", "locator_right", "heading_right",
                                                  "act_right")},
        "junk_drafted": len(junk), "junk_total": len(truth["never_drafted"]),
        "merges": len(merges), "merges_joined": sum(a for a, _ in merges),
        "merges_partly": sum(p and not a for a, p in merges),
        "traps": len(traps), "traps_joined": sum(p for _, p in traps),
        "repeats": len(truth.get("repeats", [])), "repeats_drafted": len(repeats),
        "repeats_twice": sum(r["also_body"] for r in repeats),
        "not_included_want": len(want_out), "not_included_listed": sum(f in listed for f in want_out),
        "points_detail": rows, "junk_detail": junk, "repeats_detail": repeats,
    }


def table(res: dict, verified: str) -> str:
    def pc(a: int, b: int) -> str:
        return f"{a}/{b} ({100 * a / b:.0f} %)" if b else f"{a}/{b}"

    f = res["drafted"]
    return "\n".join([
        "| measure | result |", "|---|---|",
        f"| points drafted | {pc(f, res['points'])} |",
        f"| … of them drafted only as 'See also' | {res['as_see_also']} |",
        f"| junk drafted | {res['junk_drafted']} of {res['junk_total']} |",
        f"| right credit, strict | {pc(res['credit_strict'], f)} |",
        f"| right credit, lenient ('CoE' for one of its organs) | {pc(res['credit_lenient'], f)} |",
        f"| locator right | {pc(res['locator_right'], f)} |",
        f"| heading right (or a defensible other) | {pc(res['heading_right'], f)} |",
        f"| recommendation or not, right | {pc(res['act_right'], f)} |",
        f"| shared points joined (all members) | {res['merges_joined']}/{res['merges']} (+{res['merges_partly']} partly) |",
        f"| traps joined (should be 0) | {res['traps_joined']}/{res['traps']} |",
        *([f"| executive-summary repeats drafted (of {res['repeats']}; twice = also as the body point) | "
            f"{res['repeats_drafted']} ({res['repeats_twice']} twice) |"] if res["repeats"] else []),
        *([f"| unreadable submissions listed as not included | {res['not_included_listed']}/{res['not_included_want']} |"]
          if res["not_included_want"] else []),
        f"| `uprkit verify` | {verified} |",
    ])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", choices=sorted(SETS))
    ap.add_argument("--no-manifest", action="store_true", help="draft without the set's stakeholders.csv")
    ap.add_argument("--list", action="store_true", help="list the points missing or wrong, and the junk drafted")
    ap.add_argument("--json", type=Path, help="write the scores and their detail here")
    ap.add_argument("--draft", type=Path, help="score this draft's JSON (drafted already) instead of drafting")
    args = ap.parse_args()
    spec = SETS[args.set]
    folder = spec.get("folder") or DATA / f"submissions_{args.set}"
    truth_path = spec.get("truth") or DATA / f"submissions_{args.set}_truth.json"
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    uprkit = [sys.executable, "-m", "uprkit.cli"]
    if args.draft:
        draft = json.loads(args.draft.read_text(encoding="utf-8"))
        v = subprocess.run([*uprkit, "verify", str(args.draft), str(folder)], capture_output=True, text=True)
        lines = [line for line in (v.stdout + v.stderr).splitlines() if line.strip()]
        report(args, draft, truth, spec, lines, v, folder)
        return
    with tempfile.TemporaryDirectory() as tmp:
        subs = folder
        if args.no_manifest:  # a copy without the manifest, which the drafter would find in the folder
            subs = Path(tmp) / "subs"
            subs.mkdir()
            for f in folder.iterdir():
                if f.name != "stakeholders.csv":
                    (subs / f.name).write_bytes(f.read_bytes())
        out = Path(tmp) / "draft.json"
        subprocess.run([*uprkit, "summarize", str(subs), "--country", spec["country"], "--session", str(spec["session"]),
                        "--no-limit", "--format", "json", "--out", str(out)], capture_output=True, text=True)
        draft = json.loads(out.read_text(encoding="utf-8"))
        v = subprocess.run([*uprkit, "verify", str(out), str(subs)], capture_output=True, text=True)
        lines = [line for line in (v.stdout + v.stderr).splitlines() if line.strip()]
    report(args, draft, truth, spec, lines, v, folder)


def _read_spans(draft: dict, folder: Path) -> None:
    """Each cited span's text as the drafter read it: without the footnotes and running headers of a page break it
    runs over (its offsets still span them; ``uprkit verify`` reads it the same way), so that a footnote's words in
    between are not counted as drafted junk."""
    from uprkit.read import read_document

    try:
        from uprkit.summarize.verify import cited_text
    except ImportError:  # an older uprkit on PYTHONPATH (a start-of-day figure), where it had its private name
        from uprkit.summarize.verify import _cited as cited_text  # type: ignore[attr-defined,no-redef]

    texts: dict[str, str] = {}

    def walk(sections: list[dict]) -> None:
        for sec in sections:
            for para in sec["paragraphs"]:
                for sen in para["sentences"]:
                    for sp in [*sen["sources"], *(sen.get("see_also") or [])]:
                        if sp["file"] not in texts:
                            texts[sp["file"]] = read_document(folder / sp["file"]).text
                        sp["text"] = cited_text(texts[sp["file"]], sp["start"], sp["end"])
            walk(sec["sections"])

    walk(draft["sections"])


def report(args, draft, truth, spec, lines, v, folder) -> None:
    _read_spans(draft, folder)
    res = score(draft, truth, spec["heading"] == "section")
    print(table(res, lines[-1] if lines else f"exit {v.returncode}"))
    if args.list:
        for what in ("drafted", "credit_strict", "locator_right", "heading_right", "act_right"):
            print(f"\nNot {what}:")
            for r in res["points_detail"]:
                if (not r["drafted"]) if what == "drafted" else (r["drafted"] and not r[what]):
                    print(f"  {r['id']:8} {r['stakeholder']:16} {r.get('credit')!s:10} {r.get('locator')!s:10} "
                          f"{r.get('theme')!s:24} | {(r.get('sentence') or r['key'])[:110]}")
        print("\nJunk drafted:")
        for j in res["junk_detail"]:
            print(f"  {j['submission']:6} {j['key'][:60]!r} in: {j['sentence'][:120]}")
        print("\nExecutive-summary / key-recommendations-box repeats drafted:")
        for r in res["repeats_detail"]:
            print(f"  twice={r['also_body']!s:5} {r['key'][:60]!r} in: {r['sentence'][:120]}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
