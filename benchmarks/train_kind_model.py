"""Learn the kind model (gui/core/evidence/kind_model.npz) from the dev passages of the extraction set.

    pip install -e ".[train]"
    python benchmarks/train_kind_model.py            # cross-validate, then learn from every dev passage and write the model
    python benchmarks/train_kind_model.py --cv-only  # only the figures

Reads every dev passage (``"held_out": false``) of benchmarks/extraction_set/; held-out passages are never
read. Each passage is made general (``kind_model.general_passage``: makers, partners, years, months and
figures replaced by stand-ins) and turned into word and word-piece features (``kind_features``), weighted by
tf–idf, and a multinomial logistic regression learns the kind from them.

Before writing the model it prints how well it does on passages it was not trained on, leaving one file of
the set out at a time: the cue rules alone, the model alone, and the two together as the app uses them (the
model where the rules find no cue, or where it is sure of another kind: ``kind_model.overrules``), on every dev file and
on the batches written after the kind rules (``dev-r5-dates*``, ``dev-r6-dates*``, ``dev-r5-lanes``,
``dev-r8-*``: the rules' figure there is the closest the dev set has to unseen text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

_REPO_ROOT = Path(__file__).resolve().parent.parent
if str(_REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(_REPO_ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from extraction import DEFAULT_SET, document_for, load_set  # noqa: E402

from gui.core.document.model import Source  # noqa: E402
from gui.core.evidence.datelines import dateline_length  # noqa: E402
from gui.core.evidence.extract import suggest_event, vocabulary_for  # noqa: E402
from gui.core.evidence.kind_features import passage_features  # noqa: E402
from gui.core.evidence.kind_model import MODEL_FILE, KindGuess, general_passage, overrules  # noqa: E402

#: Batches written after the kind rules, by hands that fixed dates, partners, lanes or status, not kinds.
AFTER_THE_KIND_RULES = ("dev-r5-dates", "dev-r6-dates", "dev-r5-lanes", "dev-r8-")


def dev_passages(folder: Path) -> list[dict]:
    """Every dev passage: its file, its text made general, its label, and the cue rules' kind."""
    vocabulary = vocabulary_for(document := document_for(load_set([folder])["lanes"]))
    rows = []
    for file in sorted(folder.glob("*.json")):
        for article in json.loads(file.read_text(encoding="utf-8"))["articles"]:
            if article.get("held_out"):
                continue
            paragraphs = article["paragraphs"]
            text = "\n\n".join(paragraphs)
            source = Source(article["id"], title=paragraphs[0], publisher=article.get("publisher", ""),
                            published=article.get("published"), text=text)  # fmt: skip
            for label in article["passages"]:
                passage = paragraphs[label["paragraph"]]
                start = text.index(passage)
                got = suggest_event(document, source, start, start + len(passage), vocabulary=vocabulary)
                passage = passage[dateline_length(passage) :]
                rows.append({"file": file.stem, "general": general_passage(passage, vocabulary),
                             "kind": label["kind"], "rules": got.rules_kind})  # fmt: skip
    return rows


def _pipeline(c: float):
    """Features (counted), tf–idf, and a multinomial logistic regression of inverse strength ``c``."""
    from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    return make_pipeline(
        CountVectorizer(analyzer=passage_features, min_df=2),
        TfidfTransformer(sublinear_tf=True),
        LogisticRegression(C=c, max_iter=5000),
    )


def cross_validate(rows: list[dict], c: float) -> tuple[np.ndarray, np.ndarray]:
    """The model's kind and probability for each passage, from a model learned without its file."""
    files = np.array([row["file"] for row in rows])
    texts = np.array([row["general"] for row in rows], dtype=object)
    kinds = np.array([row["kind"] for row in rows])
    guess = np.empty(len(rows), dtype=object)
    confidence = np.zeros(len(rows))
    for file in np.unique(files):
        out = files == file
        model = _pipeline(c).fit(texts[~out], kinds[~out])
        probabilities = model.predict_proba(texts[out])
        guess[out] = model.classes_[probabilities.argmax(axis=1)]
        confidence[out] = probabilities.max(axis=1)
    return guess, confidence


def print_figures(rows: list[dict], guess: np.ndarray, confidence: np.ndarray) -> None:
    """Kind right per column: the rules, the model, and the two combined, on every file and the later batches."""
    kinds = np.array([row["kind"] for row in rows])
    rules = np.array([row["rules"] for row in rows])
    later = np.array([row["file"].startswith(AFTER_THE_KIND_RULES) for row in rows])
    parts = (("every dev file", np.ones(len(rows), bool)), ("batches after the kind rules", later))
    as_the_app = [
        guess[i] if overrules(rules[i], KindGuess(guess[i], confidence[i]), rows[i]["general"]) else rules[i]
        for i in range(len(rows))
    ]
    columns = {
        "cue rules alone": rules,
        "model alone": guess,
        "rules, model only where no cue": np.where(rules == "other", guess, rules),
        "rules and model as the app uses them": np.array(as_the_app),
    }
    print(f"{'kind right, leaving one file out':<40}" + "".join(f"{name:>30}" for name, _ in parts))
    for name, chosen in columns.items():
        print(f"{name:<40}" + "".join(f"{(chosen == kinds)[mask].mean():>23.1%} of {mask.sum():>4}" for _, mask in parts))


def train(rows: list[dict], c: float, out: Path) -> None:
    """Learn from every row and write the model file the app reads (``kind_model.KindModel.load``)."""
    texts = [row["general"] for row in rows]
    kinds = [row["kind"] for row in rows]
    model = _pipeline(c).fit(texts, kinds)
    counts, tfidf, regression = (step for _name, step in model.steps)
    features = counts.get_feature_names_out()
    checks = texts[:: max(1, len(texts) // 25)]  # passages whose probabilities the app must reproduce exactly
    np.savez_compressed(
        out,
        features=np.asarray(features, dtype=str),
        idf=tfidf.idf_.astype(np.float32),
        coef=regression.coef_.astype(np.float32),
        intercept=regression.intercept_.astype(np.float64),
        kinds=np.asarray(regression.classes_, dtype=str),
        passages=np.int64(len(rows)),
        check_texts=np.asarray(checks, dtype=str),
        check_probabilities=model.predict_proba(checks),
    )
    print(f"wrote {out}: {len(features):,} features, {len(regression.classes_)} kinds, {len(rows):,} passages, "
          f"{out.stat().st_size / 1024:.0f} KiB")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the folder of labelled files")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    parser.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    parser.add_argument("--cv-only", action="store_true", help="print the figures, write no model")
    parser.add_argument("--no-cv", action="store_true", help="write the model without the figures")
    args = parser.parse_args(argv)
    rows = dev_passages(args.set)
    if not args.no_cv:
        guess, confidence = cross_validate(rows, args.c)
        print_figures(rows, guess, confidence)
    if not args.cv_only:
        train(rows, args.c, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
