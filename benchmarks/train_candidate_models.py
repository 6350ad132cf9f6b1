"""Learn the candidate models (gui/core/evidence/partner_model.npz) from the dev passages of the extraction set.

    pip install -e ".[train]"
    python benchmarks/train_candidate_models.py            # cross-validate, then learn from every dev passage
    python benchmarks/train_candidate_models.py --cv-only  # only the figures

Reads every dev passage (``"held_out": false``) of benchmarks/extraction_set/ and the quotes of the bundled sample's
events; held-out passages are never read. Each partner the rules kept or the passage names is one candidate, with
the features ``partner_model.partner_features`` gives it (the words beside it, the rules' answer, hint and kind), and
a binary logistic regression learns whether the analyst kept it.

Before writing the model it prints how often the passage's partners are right on passages it was not trained on (ten
folds that each leave out a tenth of the files): the rules alone and the model, on every dev file and on the batches
no rule was written from.
"""

from __future__ import annotations

import argparse
import os

import sys
from pathlib import Path

# One thread for the linear algebra, set before numpy loads it: the solver's path, and so the learned weights, would
# otherwise depend on the machine's cores (two threads against one moved a kind weight by 0.07), and the shipped file
# must be what any machine learns.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extraction import DEFAULT_SET  # noqa: E402
from train_passage_models import NO_RULE_WRITTEN_FROM, dev_suggestions  # noqa: E402

from gui.core.evidence import partner_model  # noqa: E402
from gui.core.evidence.partner_model import candidates, partner_features  # noqa: E402

#: Inverse regularisation strength: 0.3 beat 0.1, 1 and 3 under the cross-validation below (round 17).
C = 0.3


def dev_rows(folder: Path) -> list[dict]:
    """One row per passage: its file, the rules' partners, the analyst's, and each candidate's name and features."""
    rows = []
    for file, passage, label, got, vocabulary in dev_suggestions(folder):
        rules, hint = got.rules_partners, got.rules_hints["partners"]
        found = candidates(vocabulary, passage, rules)
        features = [partner_features(passage, name, spans, rules, hint, got.rules_kind, len(found))
                    for name, spans in found.items()]  # fmt: skip
        rows.append({"file": file, "rules": sorted(rules), "label": sorted(label.get("partners", [])),
                     "names": list(found), "features": features})  # fmt: skip
    return rows


def _fit(rows: list[dict]):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    dicts = [dict.fromkeys(features, 1) for row in rows for features in row["features"]]
    kept = [name in row["label"] for row in rows for name in row["names"]]
    vectorizer = DictVectorizer()
    regression = LogisticRegression(C=C, max_iter=5000).fit(vectorizer.fit_transform(dicts), kept)
    return vectorizer, regression


def _chosen(row: dict, vectorizer, regression) -> list[str]:
    if not row["names"]:
        return []
    scores = regression.decision_function(vectorizer.transform([dict.fromkeys(f, 1) for f in row["features"]]))
    return sorted(name for name, score in zip(row["names"], scores, strict=True) if score > 0)


def cross_validate(rows: list[dict]) -> list[list[str]]:
    """The model's partners for each passage, from a model learned without the tenth of the files it is in."""
    from sklearn.model_selection import GroupKFold

    files = np.array([row["file"] for row in rows])
    chosen: list[list[str]] = [[] for _ in rows]
    for train, test in GroupKFold(n_splits=min(10, len(set(files)))).split(files, files, files):
        vectorizer, regression = _fit([rows[i] for i in train])
        for i in test:
            chosen[i] = _chosen(rows[i], vectorizer, regression)
    return chosen


def print_figures(rows: list[dict], chosen: list[list[str]]) -> None:
    parts = {
        "every dev file": [True] * len(rows),
        "batches no rule was written from": [row["file"].startswith(NO_RULE_WRITTEN_FROM) for row in rows],
    }
    print(f"{'partners right, ten folds by file':<36}" + "".join(f"{name:>36}" for name in parts))
    for name, answers in (("the rules alone", [row["rules"] for row in rows]), ("the model", chosen)):
        cells = []
        for mask in parts.values():
            right = [answer == row["label"] for answer, row, inside in zip(answers, rows, mask, strict=True) if inside]
            cells.append(f"{np.mean(right):>29.1%} of {len(right):>4}")
        print(f"{name:<36}" + "".join(cells))


def train(rows: list[dict], out: Path) -> None:
    """Learn from every row and write the model file the app reads (``candidate_model.CandidateModel.load``)."""
    vectorizer, regression = _fit(rows)
    every = [features for row in rows for features in row["features"]]
    checks = every[:: max(1, len(every) // 25)]  # candidates whose probabilities the app must reproduce exactly
    np.savez_compressed(
        out,
        features=np.asarray(vectorizer.get_feature_names_out(), dtype=str),
        coef=regression.coef_[0].astype(np.float32),
        intercept=np.float64(regression.intercept_[0]),
        passages=np.int64(len(rows)),
        check_features=np.asarray(["\x1f".join(features) for features in checks], dtype=str),
        check_probabilities=regression.predict_proba(vectorizer.transform([dict.fromkeys(f, 1) for f in checks]))[:, 1],
    )
    print(f"wrote {out}: {len(vectorizer.feature_names_):,} features, {len(rows):,} passages, "
          f"{out.stat().st_size / 1024:.0f} KiB")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the folder of labelled files")
    parser.add_argument("--out-dir", type=Path, default=None, help="write the model here (default: beside its module)")
    parser.add_argument("--cv-only", action="store_true", help="print the figures, write no model")
    parser.add_argument("--no-cv", action="store_true", help="write the model without the figures")
    args = parser.parse_args(argv)
    rows = dev_rows(args.set)
    if not args.no_cv:
        print_figures(rows, cross_validate(rows))
    if not args.cv_only:
        out = partner_model.MODEL_FILE if args.out_dir is None else args.out_dir / partner_model.MODEL_FILE.name
        train(rows, out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
