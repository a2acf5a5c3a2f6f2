"""``uprkit parse --classify``: the labels of :mod:`uprkit.classify.labels` on a parsed report's statements
and recommendations (``labels``), in place.

A statement standing under a topical heading the crosswalk knows ("Right to education", "C. Women") takes its
theme from that heading: the document says where it belongs (``"source": "document"``, confidence 1). Elsewhere the
statements of one paragraph get their heading from the classifier together
(:meth:`~uprkit.classify.headings.HeadingClassifier.predict_grouped`, ``"source": "model"``); each
recommendation on its own."""

from __future__ import annotations

from uprkit.classify.labels import classify_texts
from uprkit.classify.outlines import theme, theme_of_heading, theme_of_path
from uprkit.model import ParsedReport, Recommendation, Statement


def label_report(report: ParsedReport) -> ParsedReport:
    statements = [s for p in report.paragraphs for s in p.statements]
    texts = [s.text for s in statements] + [r.text for r in report.recommendations]
    # the statements of one paragraph stand under one heading: their heading is chosen together
    groups: list[object] = [("paragraph", n) for n, p in enumerate(report.paragraphs) for _ in p.statements]
    groups += [("recommendation", n) for n in range(len(report.recommendations))]
    labels = classify_texts(texts, cycle=report.cycle, together=groups)
    targets: list[Statement | Recommendation] = [*statements, *report.recommendations]
    # "II. Information provided by the national human rights institution …" says who speaks, not what about: the
    # statements under such a section (not topical, as in training) get the model's theme
    found = [theme_of_path(p.headings) if p.headings else None for p in report.paragraphs]
    found = [t if t is not None and theme(t).topical else None for t in found]
    own = [t for p, t in zip(report.paragraphs, found, strict=True) for _ in p.statements]
    own += [None] * len(report.recommendations)
    paths = [p.headings for p in report.paragraphs for _ in p.statements] + [[]] * len(report.recommendations)
    for obj, lab, theme_id, path in zip(targets, labels, own, paths, strict=True):
        lab.pop("text", None)
        if theme_id is not None:
            lab["heading"] = {"theme": theme_id, "confidence": 1.0, "path": list(path), "source": "document"}
            which = next(t for t in reversed(path) if theme_of_heading(t) is not None)  # the heading that says it
            lab["explanation"]["heading"] = [f"under the document's heading “{which}”"]
        else:
            lab["heading"]["source"] = "model"
        obj.labels = lab
    return report
