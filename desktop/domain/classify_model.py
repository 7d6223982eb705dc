"""The naive-Bayes models behind the type suggestion, scored in plain Python.

`make model` trains them (training/train_classifier.py) on the corpus in resources/classify and
writes their counts to resources/classify/model.json; here the counts are read on first use.
One model weighs the four types (the same number of examples each) and a fifth class, text that
is no complaint (见附件, "see attached"); a second the subtypes within the chosen type. Because
a model is counts, the user's own corrections are simply added to them, with a weight.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.domain.classify_text import Feature, Options, clauses, counted, features
from desktop.domain.enums import SUBTYPES, ComplaintType, Subtype

USER_WEIGHT = 4.0  # one complaint the user classified counts as this many from the corpus


@dataclass(frozen=True)
class LabelledText:
    """A complaint and the type (and subtype) it belongs to."""

    text: str
    complaint_type: ComplaintType
    subtype: Subtype | None = None


@dataclass(frozen=True)
class Scored:
    """A text's probability for each class, with what weighed for each known feature."""

    probabilities: dict[str, float]
    found: list[Feature]  # the features of the text the model knows
    weights: list[float]  # for each of `found`: how much it favours the best class

    @property
    def best(self) -> str:
        return max(self.probabilities, key=lambda name: self.probabilities[name])


@dataclass(frozen=True)
class NaiveBayes:
    classes: tuple[str, ...]
    alpha: float
    log_prior: tuple[float, ...]
    counts: dict[str, dict[int, float]]  # feature -> class index -> (weighted) count
    totals: tuple[float, ...]
    vocabulary: int
    temperature: float = 1.0  # log-likelihoods are divided by temperature × weight ** power
    power: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> NaiveBayes:
        return cls(
            classes=tuple(data["classes"]),
            alpha=float(data["alpha"]),
            log_prior=tuple(float(v) for v in data["log_prior"]),
            counts={
                name: {int(index): float(count) for index, count in by_class.items()}
                for name, by_class in data["counts"].items()
            },
            totals=tuple(float(v) for v in data["totals"]),
            vocabulary=int(data["vocabulary"]),
            temperature=float(data["temperature"]),
            power=float(data["power"]),
        )

    def as_dict(self) -> dict:
        return {
            "classes": list(self.classes),
            "alpha": self.alpha,
            "log_prior": [round(v, 12) for v in self.log_prior],
            "totals": [round(v, 6) for v in self.totals],
            "vocabulary": self.vocabulary,
            "temperature": round(self.temperature, 6),
            "power": self.power,
            "counts": {
                name: {str(i): round(c, 6) for i, c in sorted(by_class.items())}
                for name, by_class in sorted(self.counts.items())
            },
        }

    def with_counts(self, examples: Iterable[tuple[dict[str, float], list[int]]]) -> NaiveBayes:
        """This model with more examples counted (each: its feature weights and the classes
        it adds to, in equal parts)."""
        counts = dict(self.counts)
        totals = list(self.totals)
        vocabulary = self.vocabulary
        for weights, targets in examples:
            for name, weight in weights.items():
                if name not in counts:
                    vocabulary += 1
                by_class = dict(counts.get(name, {}))
                for index in targets:
                    by_class[index] = by_class.get(index, 0.0) + weight / len(targets)
                    totals[index] += weight / len(targets)
                counts[name] = by_class
        return replace(self, counts=counts, totals=tuple(totals), vocabulary=vocabulary)

    def log_likelihoods(self, weights: dict[str, float]) -> tuple[list[float], float]:
        """Each class's log-likelihood of the known features, and their total weight."""
        known = {name: n for name, n in weights.items() if name in self.counts}
        size = len(self.classes)
        log_alpha = math.log(self.alpha)
        total_known = sum(known.values())
        scores = [total_known * log_alpha] * size
        for name, n in known.items():
            by_class = self.counts[name]
            for index, count in by_class.items():
                scores[index] += n * (math.log(count + self.alpha) - log_alpha)
        smoothing = self.alpha * self.vocabulary
        for index in range(size):
            scores[index] -= total_known * math.log(self.totals[index] + smoothing)
        return scores, total_known

    def score(self, found: list[Feature], binary: bool) -> Scored:
        found = [feature for feature in found if feature.name in self.counts]
        likelihoods, known = self.log_likelihoods(counted(found, binary))
        scale = self.temperature * max(known, 1.0) ** self.power
        logits = [p + like / scale for p, like in zip(self.log_prior, likelihoods, strict=True)]
        top = max(logits)
        exps = [math.exp(logit - top) for logit in logits]
        total = sum(exps)
        probabilities = {name: e / total for name, e in zip(self.classes, exps, strict=True)}
        best = logits.index(top)
        return Scored(probabilities, found, self._weights(found, best))

    def _weights(self, found: list[Feature], best: int) -> list[float]:
        """How much each feature favours the best class over the likeliest other one for it:
        log P(f|best) − max over the other classes of log P(f|c)."""
        others = [i for i in range(len(self.classes)) if i != best]
        out = []
        for feature in found:
            by_class = self.counts[feature.name]
            own = self._log_p(by_class.get(best, 0.0), best)
            out.append(own - max(self._log_p(by_class.get(i, 0.0), i) for i in others))
        return out

    def _log_p(self, count: float, index: int) -> float:
        return math.log(count + self.alpha) - math.log(
            self.totals[index] + self.alpha * self.vocabulary
        )


@dataclass(frozen=True)
class TypeModel:
    """The two models, how text is read for them, and when to speak."""

    types: NaiveBayes
    subtypes: NaiveBayes
    options: Options
    binary: bool
    # a second type is named when one clause alone speaks for it: with at least this many
    # features the model knows, at least this likely
    clause_known: int
    clause_share: float

    @classmethod
    def from_dict(cls, data: dict) -> TypeModel:
        return cls(
            types=NaiveBayes.from_dict(data["types"]),
            subtypes=NaiveBayes.from_dict(data["subtypes"]),
            options=Options(**data["options"]),
            binary=bool(data["binary"]),
            clause_known=int(data["clause_known"]),
            clause_share=float(data["clause_share"]),
        )

    @classmethod
    def load(cls, path: Path) -> TypeModel:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def features(self, text: str) -> list[Feature]:
        return features(text, self.options)

    def with_examples(
        self, examples: Iterable[LabelledText], weight: float = USER_WEIGHT
    ) -> TypeModel:
        """These models with the user's own classified complaints added to their counts. A
        complaint classified by type alone adds to each of the type's subtypes in equal parts."""
        typed, subtyped = [], []
        for example in examples:
            weights = counted(self.features(example.text), self.binary)
            weights = {name: value * weight for name, value in weights.items()}
            typed.append((weights, [self.types.classes.index(example.complaint_type.value)]))
            chosen = (
                [example.subtype]
                if example.subtype is not None
                else list(SUBTYPES[example.complaint_type])
            )
            subtyped.append((weights, [self.subtypes.classes.index(s.value) for s in chosen]))
        return replace(
            self, types=self.types.with_counts(typed), subtypes=self.subtypes.with_counts(subtyped)
        )

    def second_type(
        self, text: str, found: list[Feature], kind: ComplaintType
    ) -> tuple[ComplaintType, float, tuple[int, int]] | None:
        """Another type one clause of the text speaks for on its own (打了三次电话也没人给个说法
        in a complaint about a wrong report): the type, how likely the clause makes it, and
        where the clause stands. The likeliest such clause; None when there is none."""
        eligible = [
            (other, share, span)
            for known, other, share, span in self.clause_readings(text, found, kind)
            if known >= self.clause_known and share >= self.clause_share
        ]
        return max(eligible, key=lambda reading: reading[1], default=None)

    def clause_readings(
        self, text: str, found: list[Feature], kind: ComplaintType
    ) -> list[tuple[int, ComplaintType, float, tuple[int, int]]]:
        """Each clause that, read alone, speaks most for a type other than `kind`: how many
        features of it the model knows, that type, how likely, where the clause stands."""
        readings = []
        for start, end in clauses(text):
            inside = [f for f in found if start <= f.start and f.end <= end]
            if all(f.weight < 1 for f in inside):  # put aside: 系统本身没什么毛病, "was fine"
                continue
            known = len({f.name for f in inside if f.name in self.types.counts})
            scored = self.types.score(inside, self.binary).probabilities
            name = max((c.value for c in ComplaintType), key=lambda c: scored[c])
            if name != kind.value:
                readings.append((known, ComplaintType(name), scored[name], (start, end)))
        return readings

    def subtype_of(self, found: list[Feature], kind: ComplaintType) -> Subtype:
        """The likeliest of the type's subtypes."""
        scored = self.subtypes.score(found, self.binary).probabilities
        return max(SUBTYPES[kind], key=lambda subtype: scored.get(subtype.value, 0.0))
