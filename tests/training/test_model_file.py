"""The shipped model is the corpus's: retrained with its configuration, the same file comes out
(so no one edits the corpus, or the way text is read, without `make model`)."""

from __future__ import annotations

import json

from training import train_classifier


def test_the_shipped_model_is_what_make_model_makes_of_the_corpus():
    shipped = json.loads(train_classifier.MODEL.read_text(encoding="utf-8"))
    rows = train_classifier.read_corpus()
    assert all("split" in row for row in rows)
    again = train_classifier.train(
        rows, log=lambda *_: None, configs=[train_classifier.shipped_config(shipped)]
    )
    assert json.loads(json.dumps(again, ensure_ascii=False, sort_keys=True)) == shipped


def test_the_corpus_is_large_labelled_and_split():
    rows = [row for row in train_classifier.read_corpus() if row["type"] is not None]
    by_language = {lang: [r for r in rows if r["lang"] == lang] for lang in ("zh", "en")}
    assert all(len(found) >= 400 for found in by_language.values())
    tests = [r for r in rows if r["split"] == "test"]
    assert 0.18 <= len(tests) / len(rows) <= 0.22
    assert len({r["text"] for r in rows}) == len(rows)
