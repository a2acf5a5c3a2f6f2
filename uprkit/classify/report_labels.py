"""``uprkit parse --classify``: the labels of :mod:`uprkit.classify.labels` on a parsed report's statements
and recommendations (``labels``), in place. The statements of one paragraph get their heading together
(:meth:`~uprkit.classify.headings.HeadingClassifier.predict_grouped`); each recommendation on its own."""

from __future__ import annotations

from uprkit.classify.labels import classify_texts
from uprkit.model import ParsedReport, Recommendation, Statement


def label_report(report: ParsedReport) -> ParsedReport:
    statements = [s for p in report.paragraphs for s in p.statements]
    texts = [s.text for s in statements] + [r.text for r in report.recommendations]
    # the statements of one paragraph stand under one heading: their heading is chosen together
    groups: list[object] = [("paragraph", n) for n, p in enumerate(report.paragraphs) for _ in p.statements]
    groups += [("recommendation", n) for n in range(len(report.recommendations))]
    labels = classify_texts(texts, cycle=report.cycle, together=groups)
    targets: list[Statement | Recommendation] = [*statements, *report.recommendations]
    for obj, lab in zip(targets, labels, strict=True):
        lab.pop("text", None)
        obj.labels = lab
    return report
