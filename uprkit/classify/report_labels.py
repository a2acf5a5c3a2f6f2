"""``uprkit parse --classify``: the labels of :mod:`uprkit.classify.labels` on a parsed report's statements
and recommendations (``labels``), in place.

A statement standing under a topical heading the crosswalk knows ("Right to education", "C. Women") takes its
theme from that heading: the document says where it belongs (``"source": "document"``, confidence 1). Elsewhere the
statements of one paragraph get their heading from the classifier together
(:meth:`~uprkit.classify.headings.HeadingClassifier.predict_grouped`, ``"source": "model"``); each
recommendation on its own."""

from __future__ import annotations

from uprkit.classify.labels import classify_texts
from uprkit.classify.outlines import theme, themed_heading
from uprkit.model import ParsedReport, Recommendation, Statement


def label_report(report: ParsedReport) -> ParsedReport:
    statements = [s for p in report.paragraphs for s in p.statements]
    texts = [s.text for s in statements] + [r.text for r in report.recommendations]
    # the statements of one paragraph stand under one heading: their heading is chosen together
    groups: list[object] = [("paragraph", n) for n, p in enumerate(report.paragraphs) for _ in p.statements]
    groups += [("recommendation", n) for n in range(len(report.recommendations))]
    labels = classify_texts(texts, cycle=report.cycle, together=groups)
    targets: list[Statement | Recommendation] = [*statements, *report.recommendations]
    # per paragraph: the deepest heading with a theme, where that theme is topical ("II. Information provided by
    # the national human rights institution …" says who speaks, not what about: its statements, left out of
    # training too, get the model's theme)
    own: list[tuple[str, str, list[str]] | None] = []
    for p in report.paragraphs:
        found = themed_heading(p.headings)
        doc = (found[0], found[1], p.headings) if found is not None and theme(found[1]).topical else None
        own.extend(doc for _ in p.statements)
    own += [None] * len(report.recommendations)
    for obj, lab, doc in zip(targets, labels, own, strict=True):
        lab.pop("text", None)
        if doc is not None:
            which, theme_id, path = doc
            lab["heading"] = {"theme": theme_id, "confidence": 1.0, "path": list(path), "source": "document"}
            lab["explanation"]["heading"] = [f"under the document's heading “{which}”"]
        elif lab["heading"] is not None:  # None: an empty text has no label (labels.empty_labels)
            lab["heading"]["source"] = "model"
        obj.labels = lab
    return report
