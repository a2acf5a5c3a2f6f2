"""How often a word limit cuts a recommendation from the finding it answers, with and without keeping the two
together (``uprkit.summarize.answers``):

    python benchmarks/answer_pairs.py [srb|per|khm ...] [--limits 1500 2000 3000]

Each review set of ``tests/data`` (with its stakeholders.csv) is drafted at each limit twice: as uprkit drafts it,
and with the pairs left out of the selection (``partners={}``). Reported: the pairs the drafter found, how many the
limit cut apart (one kept, the other not) and how many it kept whole, the points and recommendations chosen and the
words drafted.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import uprkit.summarize.draft as draft_module
from uprkit.summarize.draft import DraftOptions, draft_summary

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {"srb": ("SRB", 46), "per": ("PER", 28), "khm": ("KHM", 18)}


def run(name: str, limit: int, *, together: bool) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    select = draft_module.select_points

    def recording(points: Any, **kw: Any) -> Any:
        seen["pairs"] = kw.get("partners") or {}
        if not together:
            kw["partners"] = {}
        chosen = select(points, **kw)
        seen["points"], seen["chosen"] = points, {id(p) for p in chosen}
        return chosen

    draft_module.select_points = recording  # type: ignore[assignment]
    try:
        country, session = SETS[name]
        summary = draft_summary(DATA / f"submissions_{name}", DraftOptions(country=country, session=session, limit_words=limit))
    finally:
        draft_module.select_points = select  # type: ignore[assignment]
    pairs, chosen = seen["pairs"], seen["chosen"]
    recs = [p for p in seen["points"] if p.act == "recommendation" and id(p) in pairs]
    return {
        "pairs": len(recs),
        "cut_apart": sum((id(r) in chosen) != (id(pairs[id(r)]) in chosen) for r in recs),
        "kept_whole": sum(id(r) in chosen and id(pairs[id(r)]) in chosen for r in recs),
        "chosen": len(chosen),
        "recommendations": sum(p.act == "recommendation" and id(p) in chosen for p in seen["points"]),
        "words": summary.word_count,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*", help=f"review sets ({', '.join(SETS)}; all by default)")
    ap.add_argument("--limits", nargs="+", type=int, default=[1500, 2000, 3000])
    args = ap.parse_args()
    print("| set | limit | pairs | cut apart: apart → together | kept whole | recommendations chosen | words |")
    print("|---|---|---|---|---|---|---|")
    for name in args.sets or list(SETS):
        for limit in args.limits:
            apart, together = run(name, limit, together=False), run(name, limit, together=True)
            print(f"| {name} | {limit} | {together['pairs']} | {apart['cut_apart']} → {together['cut_apart']} | "
                  f"{apart['kept_whole']} → {together['kept_whole']} | {apart['recommendations']} → "
                  f"{together['recommendations']} | {apart['words']} → {together['words']} |")


if __name__ == "__main__":
    main()
