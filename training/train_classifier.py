"""`make model`: train the type suggestion's naive-Bayes model on resources/classify/corpus.

Every choice (how text is read, the smoothing, the calibration, when to say nothing, when to
name a second type) is made by five-fold cross-validation on the training split alone; the test
split (20 %, fixed in the corpus files) is only read by `make bench`. The result is written to
resources/classify/model.json, which the app scores in plain Python
(desktop/domain/classify_model.py). The same corpus always gives the same file.

    python -m training.train_classifier [--assign-split] [--quick | --again]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score
from sklearn.model_selection import StratifiedKFold
from sklearn.naive_bayes import MultinomialNB

from desktop.domain.classify_cues import CUES
from desktop.domain.classify_model import NaiveBayes, TypeModel
from desktop.domain.classify_text import Options, counted, features
from desktop.domain.enums import SUBTYPES, ComplaintType, Subtype

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "resources" / "classify" / "corpus"
MODEL = ROOT / "resources" / "classify" / "model.json"
NONE = "none"  # the type model's fifth class: text that is no complaint (见附件, see attached)
TYPES = (*(kind.value for kind in ComplaintType), NONE)
# no class favoured: text with no signal must not be pushed into a type
TYPE_PRIOR = np.array([0.2, 0.2, 0.2, 0.2, 0.2])
SUBTYPE_NAMES = tuple(subtype.value for kind in ComplaintType for subtype in SUBTYPES[kind])
TEST_SHARE = 0.2
FOLDS = 5


@dataclass(frozen=True)
class Config:
    options: Options
    alpha: float
    binary: bool
    cues: bool
    min_df: int


def read_corpus(folder: Path = CORPUS) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                row = json.loads(line)
                row["_file"] = path
                row["_line"] = number
                rows.append(row)
    return rows


def assign_splits(rows: list[dict]) -> None:
    """A fixed 20 % of each file's subtype (and of the neutral texts) becomes the test split,
    chosen by a hash of the id: written into the files once, never tuned on. Lines that have a
    split keep it."""
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(str(row["_file"]), row["lang"], row["subtype"] or "neutral")].append(row)
    for group in groups.values():
        if all("split" in row for row in group):
            continue
        group.sort(key=lambda row: hashlib.sha256(row["id"].encode()).hexdigest())
        tests = round(len(group) * TEST_SHARE)
        for index, row in enumerate(group):
            row["split"] = "test" if index < tests else "train"
    for path in sorted({row["_file"] for row in rows}):
        lines = [
            json.dumps({k: v for k, v in row.items() if not k.startswith("_")}, ensure_ascii=False)
            for row in rows
            if row["_file"] == path
        ]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def subtype_prior() -> np.ndarray:
    """Every type equally likely, shared among its subtypes."""
    return np.array(
        [1 / len(ComplaintType) / len(SUBTYPES[Subtype(s).complaint_type]) for s in SUBTYPE_NAMES]
    )


def featurise(texts: list[str], config: Config) -> list[dict[str, float]]:
    return [counted(features(text, config.options), config.binary) for text in texts]


_FEATURISED: dict[tuple[Options, bool, int], list[dict[str, float]]] = {}


def _featurised(rows: list[dict], config: Config) -> list[dict[str, float]]:
    """The rows' features, read once for each way of reading (the search tries many)."""
    key = (config.options, config.binary, id(rows))
    if key not in _FEATURISED:
        _FEATURISED[key] = featurise([row["text"] for row in rows], config)
    return _FEATURISED[key]


def _cue_docs(config: Config, by: str) -> tuple[list[dict[str, float]], list[str]]:
    if not config.cues:
        return [], []
    chosen = [(cue, subtype) for cue, _kind, subtype, _weight in CUES if subtype is not None]
    labels = [s.value if by == "subtype" else s.complaint_type.value for _, s in chosen]
    return featurise([cue for cue, _ in chosen], config), labels


def _fit_counts(
    docs: list[dict[str, float]], labels: list[str], config: Config, by: str
) -> tuple[DictVectorizer, MultinomialNB]:
    cue_docs, cue_labels = _cue_docs(config, by)
    docs, labels = docs + cue_docs, labels + cue_labels
    if config.min_df > 1:
        frequency = Counter(name for doc in docs for name in doc)
        docs = [{k: v for k, v in doc.items() if frequency[k] >= config.min_df} for doc in docs]
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(docs)
    classes = TYPES if by == "type" else SUBTYPE_NAMES
    prior = TYPE_PRIOR if by == "type" else subtype_prior()
    nb = MultinomialNB(alpha=config.alpha, class_prior=prior, force_alpha=True)
    nb.partial_fit(matrix, np.array([classes.index(x) for x in labels]), np.arange(len(classes)))
    return vectoriser, nb


def _labels(rows: list[dict], by: str) -> list[str]:
    return [(row["type"] or NONE) if by == "type" else row["subtype"] for row in rows]


def fit(rows: list[dict], config: Config, by: str) -> NaiveBayes:
    docs = featurise([r["text"] for r in rows], config)
    vectoriser, nb = _fit_counts(docs, _labels(rows, by), config, by)
    names = vectoriser.get_feature_names_out()
    counts: dict[str, dict[int, float]] = {}
    for column, name in enumerate(names):
        counts[str(name)] = {
            int(i): float(c) for i, c in enumerate(nb.feature_count_[:, column]) if c
        }
    return NaiveBayes(
        classes=TYPES if by == "type" else SUBTYPE_NAMES,
        alpha=config.alpha,
        log_prior=tuple(float(v) for v in nb.class_log_prior_),
        counts=counts,
        totals=tuple(float(v) for v in nb.feature_count_.sum(axis=1)),
        vocabulary=len(names),
    )


@dataclass
class OutOfFold:
    rows: list[dict]
    likelihoods: list[list[float]]
    known: list[float]


def out_of_fold(rows: list[dict], config: Config, by: str = "type") -> OutOfFold:
    """Each row scored by a model fitted on the other four fifths: the same sums as
    NaiveBayes.log_likelihoods, as matrix products."""
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    strata = [f"{row['lang']}:{row['subtype'] or NONE}" for row in rows]
    docs = _featurised(rows, config)
    labels = _labels(rows, by)
    result = OutOfFold([], [], [])
    for train_index, test_index in folds.split(rows, strata):
        vectoriser, nb = _fit_counts(
            [docs[i] for i in train_index], [labels[i] for i in train_index], config, by
        )
        matrix = vectoriser.transform([docs[i] for i in test_index])
        likelihoods = matrix @ nb.feature_log_prob_.T
        known = np.asarray(matrix.sum(axis=1)).ravel()
        for row_number, i in enumerate(test_index):
            result.rows.append(rows[i])
            result.likelihoods.append([float(v) for v in likelihoods[row_number]])
            result.known.append(float(known[row_number]))
    return result


def type_probabilities(oof: OutOfFold, temperature: float, power: float) -> np.ndarray:
    likelihoods = np.array(oof.likelihoods)
    scale = temperature * np.maximum(np.array(oof.known), 1) ** power
    logits = np.log(TYPE_PRIOR) + likelihoods / scale[:, None]
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def type_truth(rows: list[dict]) -> np.ndarray:
    return np.array([TYPES.index(row["type"] or NONE) for row in rows])


def judge(oof: OutOfFold) -> tuple[float, float]:
    """Macro-F1 of the type, and the worse language's type accuracy, on the complaints (no
    suggestion counts as wrong)."""
    complaints = np.array([row["type"] is not None for row in oof.rows])
    predicted = (np.array(oof.likelihoods) + np.log(TYPE_PRIOR)).argmax(axis=1)[complaints]
    truth = type_truth(oof.rows)[complaints]
    langs = np.array([row["lang"] for row in oof.rows])[complaints]
    accuracy = [float((predicted == truth)[langs == lang].mean()) for lang in ("zh", "en")]
    labels = list(range(len(ComplaintType)))
    return float(f1_score(truth, predicted, average="macro", labels=labels)), min(accuracy)


def subtype_accuracy(oof: OutOfFold) -> float:
    """How often the likeliest subtype of the right type is the labelled one."""
    likelihoods = np.array(oof.likelihoods) + np.log(subtype_prior())
    right = 0
    for row, scores in zip(oof.rows, likelihoods, strict=True):
        own = [SUBTYPE_NAMES.index(s.value) for s in SUBTYPES[ComplaintType(row["type"])]]
        right += SUBTYPE_NAMES[max(own, key=lambda i: scores[i])] == row["subtype"]
    return right / len(oof.rows)


def calibrate(oof: OutOfFold) -> tuple[float, float]:
    """The temperature and length power with the least log-loss on the types."""
    truth = type_truth(oof.rows)
    best = (math.inf, 1.0, 0.0)
    for power in (0.0, 0.25, 0.5, 0.75, 1.0):
        for temperature in np.geomspace(0.05, 60, 120):
            p = type_probabilities(oof, float(temperature), power)
            loss = float(-np.log(p[np.arange(len(truth)), truth] + 1e-12).mean())
            if loss < best[0]:
                best = (loss, float(temperature), power)
    return best[1], best[2]


def second_type_rule(rows: list[dict], config: Config, temperature: float, power: float):
    """When one clause of a complaint names a second type: the fewest known features and the
    least probability a clause alone must have, best (F1, out of fold) at naming the corpus's
    mixed complaints' second type, and at naming none for the others. Scored as the app scores
    (TypeModel.second_type)."""
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    strata = [f"{row['lang']}:{row['subtype'] or NONE}" for row in rows]
    read: list[tuple[str | None, list[tuple[int, str, float]]]] = []  # the also; the clauses
    for train_index, test_index in folds.split(rows, strata):
        types = replace(
            fit([rows[i] for i in train_index], config, "type"),
            temperature=temperature,
            power=power,
        )
        model = TypeModel(types, types, config.options, config.binary, 0, 0.0)
        for i in test_index:
            row = rows[i]
            if row["type"] is None:
                continue
            found = model.features(row["text"])
            scored = types.score(found, config.binary).probabilities
            main = max((kind.value for kind in ComplaintType), key=lambda k: scored[k])
            readings = model.clause_readings(row["text"], found, ComplaintType(main))
            read.append((row.get("also"), [(k, other.value, p) for k, other, p, _ in readings]))
    best = (-1.0, 1, 1.0)
    for known in range(1, 9):
        for share in np.arange(0.5, 0.96, 0.05):
            named = [  # as TypeModel.second_type names it: the likeliest clause that qualifies
                max(
                    ((p, kind) for k, kind, p in clauses if k >= known and p >= share),
                    default=(0.0, None),
                )[1]
                for _also, clauses in read
            ]
            said = sum(1 for kind in named if kind)
            mixed = sum(1 for also, _ in read if also)
            hits = sum(
                1 for (also, _), kind in zip(read, named, strict=True) if kind and kind == also
            )
            f1 = 2 * hits / max(said + mixed, 1)
            if f1 > best[0]:
                best = (f1, known, float(round(share, 2)))
    return best[1], best[2], best[0]


def logistic_regression_check(rows: list[dict], config: Config) -> float:
    """For the record: the macro-F1 a logistic regression reaches on the same features."""
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=0)
    strata = [f"{row['lang']}:{row['subtype'] or NONE}" for row in rows]
    truth = type_truth(rows)
    docs = _featurised(rows, config)
    predicted = np.zeros(len(rows), dtype=int)
    for train_index, test_index in folds.split(rows, strata):
        vectoriser = DictVectorizer()
        x_train = vectoriser.fit_transform([docs[i] for i in train_index])
        lr = LogisticRegression(max_iter=3000, C=3)
        lr.fit(x_train, truth[train_index])
        predicted[test_index] = lr.predict(vectoriser.transform([docs[i] for i in test_index]))
    return float(f1_score(truth, predicted, average="macro"))


def grid(quick: bool) -> list[Config]:
    if quick:
        return [Config(Options(zh_max_n=2, focus=False), 1.0, True, False, 1)]
    # The concepts and the cue list won the search on 1,920 complaints (96 configurations);
    # on the larger corpus the search keeps to what still differs. A word seen once in 9,000
    # complaints is left out (min_df 2): the model file is 3 MB instead of 8 and loads in a
    # third of the time, for 0.8 points of macro-F1. The focus on what follows "but" / "the
    # problem is" stays on: cross-validation ties with it off (0.855 both), but without it a
    # plain "the system crashed and we lost orders" reads as anything but technical, because
    # the corpus has many complaints that mention a fault only to set it aside.
    return [
        Config(Options(negation, True, zh_max_n, True, True, True), alpha, True, True, 2)
        for negation, zh_max_n, alpha in itertools.product((True, False), (2, 3), (0.3, 1.0))
    ]


def shipped_config(model: dict) -> Config:
    """The configuration the shipped model was trained with."""
    return Config(
        Options(**model["options"]),
        model["types"]["alpha"],
        model["binary"],
        model["cues"],
        model["min_df"],
    )


def train(
    rows: list[dict], quick: bool = False, log=print, configs: list[Config] | None = None
) -> dict:
    complaints = [r for r in rows if r["split"] == "train" and r["type"] is not None]
    neutral = [r for r in rows if r["split"] == "train" and r["type"] is None]
    log(f"training on {len(complaints)} complaints and {len(neutral)} neutral texts")
    texts = complaints + neutral
    configs = configs or grid(quick)
    ranked = [(judge(out_of_fold(texts, config)), config) for config in configs]
    ranked.sort(key=lambda item: item[0], reverse=True)
    (macro_f1, worst_language), config = ranked[0]
    log(f"chosen {config}: type macro-F1 {macro_f1:.3f}, worse language {worst_language:.3f}")
    oof = out_of_fold(texts, config)
    temperature, power = calibrate(oof)
    types = replace(fit(texts, config, "type"), temperature=temperature, power=power)
    clause_known, clause_share, second_f1 = second_type_rule(texts, config, temperature, power)
    model = TypeModel(
        types=types,
        subtypes=fit(complaints, config, "subtype"),
        options=config.options,
        binary=config.binary,
        clause_known=clause_known,
        clause_share=clause_share,
    )
    figures = {
        "complaints": len(complaints),
        "type_macro_f1": round(macro_f1, 4),
        "worse_language_type_accuracy": round(worst_language, 4),
        "subtype_accuracy_within_type": round(
            subtype_accuracy(out_of_fold(complaints, config, "subtype")), 4
        ),
        "second_type_f1": round(second_f1, 4),
        "logistic_regression_type_macro_f1": round(
            logistic_regression_check(complaints, config), 4
        ),
    }
    log(f"calibrated: temperature {temperature:.3f}, power {power}; {figures}")
    return {
        "format": 3,
        "options": config.options.as_dict(),
        "binary": config.binary,
        "cues": config.cues,
        "min_df": config.min_df,
        "clause_known": model.clause_known,
        "clause_share": model.clause_share,
        "cross_validation": figures,
        "types": model.types.as_dict(),
        "subtypes": model.subtypes.as_dict(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--assign-split", action="store_true", help="write the test split once")
    parser.add_argument("--quick", action="store_true", help="skip the search (for trying out)")
    parser.add_argument(
        "--again", action="store_true", help="train with the shipped model's configuration"
    )
    args = parser.parse_args(argv)
    rows = read_corpus()
    if args.assign_split:
        assign_splits(rows)
        rows = read_corpus()
    if any("split" not in row for row in rows):
        print("some lines have no split: run with --assign-split once", file=sys.stderr)
        return 1
    configs = [shipped_config(json.loads(MODEL.read_text("utf-8")))] if args.again else None
    model = train(rows, quick=args.quick, configs=configs)
    MODEL.write_text(
        json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"wrote {MODEL.relative_to(ROOT)} ({MODEL.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
