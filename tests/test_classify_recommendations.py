"""``uprkit.classify.recommendations_model``: UPR Info action category and issues of recommendation texts.

Per-label examples (including rare issues), confidence and explanation invariants, the model files' form,
and a regression check on a fixed sample of sessions 18-20 of the UPR Info export (skipped where
../shared/data is absent); the full evaluation is ``python -m uprkit.bench.classify_recommendations``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SHARED_DATA, SHARED_SKIP_REASON

from uprkit.bench.classify_recommendations import evaluate, format_markdown
from uprkit.classify.recommendations_model import (
    RecommendationClassifier,
    char_features,
    conj_features,
    lead_features,
    tail_features,
    word_features,
)
from uprkit.classify.upr_info import UprInfoRecommendation, load_recommendations, split_issues

#: The regression sample: every SAMPLE_STEP-th recommendation of 17-20.csv, SAMPLE_SIZE of them.
SAMPLE_STEP = 37
SAMPLE_SIZE = 200
#: Figures measured on that sample with the shipped model (macro-F1 over all 54 issues, most absent from the
#: sample, hence low; the full sessions 17-20 give 0.899 / 0.902 / 0.855; the model of the fifteenth session,
#: without the lead's pairs, the means and recency, gave 0.88 on this sample and 0.894 on the full sessions).
SAMPLE_FIGURES = {"action_accuracy": 0.885, "issues_micro_f1": 0.9099, "issues_macro_f1": 0.7548}


@pytest.fixture(scope="module")
def model() -> RecommendationClassifier:
    return RecommendationClassifier.load()


def test_classify_recommendations_load_is_cached(model: RecommendationClassifier) -> None:
    assert RecommendationClassifier.load() is model
    assert model.action.labels == ["1", "2", "3", "4", "5"]
    assert len(model.issues.labels) == 54
    assert {"Right to water", "Counter-terrorism", "Freedom of movement", "Women's rights"} <= set(
        model.issues.labels
    )


@pytest.mark.parametrize(
    ("text", "action", "issue"),
    [
        ("Ratify the Convention on the Rights of Persons with Disabilities", "5", "Disabilities"),
        ("Continue its efforts to combat trafficking in persons", "2", "Trafficking"),
        ("Consider abolishing the death penalty", "3", "Death penalty"),
        (
            "Ensure access to safe drinking water and sanitation for all, in particular in rural areas",
            "4",
            "Right to water",
        ),
        (
            "Ensure that counter-terrorism measures comply with international human rights law",
            "4",
            "Counter-terrorism",
        ),
        (
            "Lift restrictions on freedom of movement, including travel bans and exit visas",
            "5",
            "Freedom of movement",
        ),
        (
            "Take measures to eliminate violence against women, including domestic violence",
            "4",
            "Women's rights",
        ),
        (
            "Establish a national human rights institution in accordance with the Paris Principles",
            "5",
            "NHRI",
        ),
    ],
)
def test_classify_recommendations_examples(
    model: RecommendationClassifier, text: str, action: str, issue: str
) -> None:
    (labels,) = model.predict([text])
    assert labels.action.label == action
    assert issue in [i.label for i in labels.issues]


def test_classify_recommendations_confidence_and_explanations(model: RecommendationClassifier) -> None:
    texts = [
        "Ratify the Optional Protocol to the Convention against Torture",
        "Continue to cooperate with the Office of the High Commissioner",
        "xyz",
        "",
        "Garantizar el acceso al agua potable",
    ]
    out = model.predict(texts)
    assert len(out) == len(texts)
    for labels in out:
        assert labels.issues, "always at least one issue"
        confidences = [i.confidence for i in labels.issues]
        assert confidences == sorted(confidences, reverse=True)
        for label in [labels.action, *labels.issues]:
            assert 0.0 <= label.confidence <= 1.0
            assert label.explanation and all(isinstance(w, str) and w for w in label.explanation)
    assert "torture" in out[0].issues[0].explanation or "torture" in " ".join(
        w for i in out[0].issues for w in i.explanation
    )
    assert model.predict([]) == []


def test_classify_recommendations_explanation_words_come_from_the_text(
    model: RecommendationClassifier,
) -> None:
    text = "Adopt a law criminalizing domestic violence and marital rape"
    (labels,) = model.predict([text])
    tokens = set(word_features(text)) | {lead.removeprefix("^") for lead in lead_features(text)}
    for label in [labels.action, *labels.issues]:
        assert all(w in tokens for w in label.explanation if not w.startswith("(")), label


def test_classify_recommendations_features() -> None:
    assert word_features("Ratify the CRPD.") == ["ratify", "the", "crpd", "ratify the", "the crpd"]
    assert lead_features("Continue to work") == ["^continue", "^continue to", "^continue to work"]
    assert lead_features("") == []
    assert char_features("On") == [" o", "on", "n ", " on", "on ", " on "]


def test_classify_recommendations_model_files_are_small() -> None:
    from importlib import resources

    folder = resources.files("uprkit") / "data" / "models"
    size = sum(len((folder / n).read_bytes()) for n in ("recommendations.npz", "recommendations.json.gz"))
    assert size < 18_000_000


def test_classify_recommendations_split_issues() -> None:
    assert split_issues("Rights of the Child,Women's rights") == ("Rights of the Child", "Women's rights")
    assert split_issues("General") == ("General",)
    assert split_issues("") == ()


def test_classify_recommendations_dedupe(tmp_path: Path) -> None:
    header = b"To,To-Rgrp,To-Org,Text,From,From-Rgrp,From-Org,Response,Action,Issue,Session"
    rows = [
        b'Chad,Africa,AU,"Ratify the CRPD ",Austria,WEOG,EU,Accepted,5,"Disabilities,International instruments",17',
        b"Chad,Africa,AU,Ratify the CRPD.,Spain,WEOG,EU,Accepted,5,Disabilities,17",
        b'Chad,Africa,AU,"Ratify the CRPD",France,WEOG,EU,Accepted,5,"Disabilities,International instruments",17',
        b"Chad,Africa,AU,Ratify the CRPD,Peru,GRULAC,OAS,Accepted,5,Disabilities,18",
    ]
    (tmp_path / "14-17.csv").write_bytes(b"\r".join([header, *rows]) + b"\r")
    recs = load_recommendations(tmp_path, files=["14-17.csv"])
    assert [(r.session, r.rows, r.states) for r in recs] == [
        (17, 3, ("Austria", "Spain", "France")),
        (18, 1, ("Peru",)),
    ]
    assert recs[0].issues == ("Disabilities", "International instruments")  # the majority's
    assert recs[0].text == "Ratify the CRPD"


@pytest.fixture(scope="module")
def sample() -> list[UprInfoRecommendation]:
    if not SHARED_DATA.is_dir():
        pytest.skip(SHARED_SKIP_REASON)
    recs = load_recommendations(SHARED_DATA, files=["17-20.csv"])
    return recs[::SAMPLE_STEP][:SAMPLE_SIZE]


@pytest.mark.shared
def test_classify_recommendations_regression_sample(
    model: RecommendationClassifier, sample: list[UprInfoRecommendation]
) -> None:
    assert len(sample) == SAMPLE_SIZE
    assert {r.session for r in sample} <= {18, 19, 20}
    result = evaluate(model, sample)
    assert result["action"]["accuracy"] == pytest.approx(SAMPLE_FIGURES["action_accuracy"], abs=0.005)
    assert result["issues"]["micro_f1"] == pytest.approx(SAMPLE_FIGURES["issues_micro_f1"], abs=0.005)
    assert result["issues"]["macro_f1"] == pytest.approx(SAMPLE_FIGURES["issues_macro_f1"], abs=0.005)


def test_classify_recommendations_format_markdown() -> None:
    result = {
        "sessions": "17-20",
        "n": 2,
        "retrained": False,
        "action": {"accuracy": 0.5, "macro_f1": 0.4},
        "issues": {
            "micro_f1": 0.9,
            "macro_f1": 0.85,
            "per_label": {"Right to water": {"f1": 0.5, "precision": 1.0, "recall": 0.33, "support": 3}},
        },
        "speed": {"texts_per_second": 2500.0, "load_seconds": 0.5, "model_bytes": 12_000_000},
        "targets": {
            "action_accuracy": 0.93,
            "issues_micro_f1": 0.9,
            "issues_macro_f1": 0.83,
            "texts_per_second": 2000.0,
            "load_seconds": 2.0,
        },
    }
    md = format_markdown(result)
    assert "| action accuracy | 0.500 | 0.93 | **no** |" in md
    assert "| issues micro-F1 | 0.900 | 0.90 | yes |" in md
    assert "| Right to water | 0.500 | 1.000 | 0.330 | 3 |" in md


def test_classify_recommendations_features_as_trained() -> None:
    """The model's own reading of a text (its TF-IDF rows, built without scikit-learn) equals scikit-learn's, the
    training's, for every block: words, lead, characters, the lead's pairs and the means' words."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    from uprkit.classify.recommendations_model import ANALYZERS, TfidfBlock, _Analyzer

    texts = [
        "Continue to ensure the ratification of the Convention against Torture, including by amending the law",
        "Take measures to protect journalists, including through the prosecution of attacks and by training police",
        "Ratify the Optional Protocol to the Convention against Torture",
        "continue its efforts to combat trafficking in persons by adopting a national action plan",
        "Adopt a law on domestic violence",
        "",
    ]
    blocks, parts, offset = [], [], 0
    for kind in ("word", "lead", "char", "conj", "tail"):
        vectorizer = TfidfVectorizer(analyzer=ANALYZERS[kind], sublinear_tf=True, dtype=np.float32)
        parts.append(vectorizer.fit_transform(texts))
        vocabulary = {f: i for i, f in enumerate(vectorizer.get_feature_names_out().tolist())}
        blocks.append(TfidfBlock(kind, vocabulary, vectorizer.idf_.astype(np.float32), offset))
        offset += len(vocabulary)
    expected = sp.hstack(parts, format="csr").toarray()
    assert conj_features("Continue to ratify CAT") == ["continue to&cat", "continue to&ratify", "continue to&to"]
    assert tail_features("Protect them, including by training and by law") == ["T:training", "T:and", "T:law"]
    got = _Analyzer(blocks)(texts).rows.toarray()
    assert np.allclose(got, expected, atol=1e-6)
