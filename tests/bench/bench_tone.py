"""The tone check on 5,000-character letters, in Chinese and English: a good letter (nothing to
flag), and a defensive one dense with flagged phrases (one every ~25 characters). Each run is
check() and apology_gaps() together, as the letter dialog calls them after each pause in typing.
The folded text is cached between the two calls, never between runs (each keystroke is a new
text). Target (issue 13): ≤ 5 ms (median)."""

from __future__ import annotations

from desktop.domain.enums import Language
from desktop.domain.tone import apology_gaps, check
from desktop.domain.tone_text import fold
from tests.bench.common import ms, table, time_call
from tests.domain.tone_corpus import DEFENSIVE, letter

LENGTH = 5_000
TARGET = 0.005


def _letters() -> list[tuple[str, Language, str]]:
    letters = []
    for lang in (Language.ZH, Language.EN):
        good = letter(lang)
        chinese = lang is Language.ZH
        defensive = "\n".join(s for s, _ in DEFENSIVE if chinese == (s[0] > "\u2e80"))
        for name, text in (("good", good), ("defensive", defensive)):
            body = (text + "\n\n") * (LENGTH // len(text) + 1)
            letters.append((f"{lang.value} {name}", lang, body[:LENGTH]))
    return letters


def _both(text: str, lang: Language) -> None:
    fold.cache_clear()
    check(text, lang)
    apology_gaps(text, lang)


def _check(text: str, lang: Language) -> None:
    fold.cache_clear()
    check(text, lang)


def run() -> bool:
    rows = []
    ok = True
    for name, lang, text in _letters():
        notes = len(check(text, lang))
        seconds = time_call(lambda text=text, lang=lang: _both(text, lang), runs=51)
        check_only = time_call(lambda text=text, lang=lang: _check(text, lang), runs=51)
        met = seconds <= TARGET
        ok = ok and met
        rows.append(
            (name, str(notes), ms(check_only), ms(seconds), "≤ 5 ms", "met" if met else "MISSED")
        )
    table(
        f"Tone check of a {LENGTH:,}-character letter",
        rows,
        ("letter", "notes", "check", "check + gaps", "target", ""),
    )
    return ok


if __name__ == "__main__":
    run()
