from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import apology_parts, tone
from desktop.domain.enums import Language
from desktop.domain.tone import KINDS, ToneNote, check, kind_label, phrases
from desktop.domain.tone_text import CJK_CHAR, fold
from desktop.paths import resource
from tests.domain.tone_corpus import DEFENSIVE, EN, NEUTRAL, ZH, letter

ALL_SPELLINGS = [
    pytest.param(lang, rule, spelling, id=spelling)
    for lang in (ZH, EN)
    for rule in phrases(lang)
    for spelling in rule.spellings
]


def _flagged(text: str, lang: Language = Language.EN) -> list[str]:
    return [note.phrase for note in check(text, lang)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("系统已修复，但是贵方也有操作问题。", "但是贵方"),
        ("按理说这个功能不会出错。", "按理说"),
        ("这个问题是你们自己改了配置。", "你们自己"),
        ("我们早就说过要先备份。", "我们早就说过"),
        ("The report is fixed, but you also changed the settings.", "but you also"),
        ("As we told you, backups are needed.", "As we told you"),
        ("Unfortunately you did not back up.", "Unfortunately you"),
        ("You should have called us.", "You should have"),
    ],
)
def test_flags_blaming_and_defensive_phrases_with_a_suggestion(text, phrase):
    notes = check(text, Language.EN)
    assert [note.phrase for note in notes] == [phrase]
    assert notes[0].reason and notes[0].suggestion


@pytest.mark.parametrize(("lang", "rule", "spelling"), ALL_SPELLINGS)
def test_every_listed_phrase_is_found_where_it_stands(lang, rule, spelling):
    before, after = ("张工回复：", "。") if lang is ZH else ("He wrote: ", " today.")
    text = before + spelling + after
    [note] = check(text, lang)
    assert (note.start, note.end) == (len(before), len(before) + len(spelling))
    assert note.phrase == spelling == text[note.start : note.end]
    assert note.kind == rule.kind
    assert note.rewrite == rule.rewrite


@pytest.mark.parametrize(("sentence", "expected"), DEFENSIVE, ids=[s for s, _ in DEFENSIVE])
def test_defensive_sentences_are_flagged_in_reading_order(sentence, expected):
    for lang in (ZH, EN):
        notes = check(sentence, lang)
        assert [note.phrase for note in notes] == expected
        for note in notes:
            assert sentence[note.start : note.end] == note.phrase
            assert sentence.find(note.phrase, note.start) == note.start


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_ordinary_sentences_are_left_alone(sentence):
    assert check(sentence, Language.ZH) == []


@pytest.mark.parametrize("lang", [ZH, EN])
def test_a_good_apology_has_nothing_to_change(lang):
    assert check(letter(lang), lang) == []


def test_a_plain_apology_has_nothing_to_change():
    assert check("我们对给贵单位带来的不便深表歉意，已于今日恢复全部数据。", Language.ZH) == []
    assert check("We are sorry. We restored every record today.", Language.EN) == []


@pytest.mark.parametrize("lang", [ZH, EN])
def test_the_shipped_letter_templates_have_nothing_to_change(lang):
    """Whatever the template says, filled with plain facts it must pass its own tone check."""
    template = resource("templates", f"letter.{lang.value}.txt").read_text(encoding="utf-8")
    plain = {ZH: "升级前的备份校验", EN: "the backup check before the upgrade"}[lang]
    filled = re.sub(r"{\w+}", plain, template)
    assert check(filled, lang) == []


def test_every_occurrence_is_found():
    text = "按理说周五能好。按理说不会丢数据。\n按理说——"
    notes = check(text, Language.ZH)
    assert [(n.start, n.end) for n in notes] == [(0, 3), (8, 11), (18, 21)]
    english = "You need to restart. Then you need to log in. YOU NEED TO wait."
    assert _flagged(english) == ["You need to", "you need to", "YOU NEED TO"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # case, spacing, line breaks, full-width forms: found, and the offsets are the user's
        ("BUT YOU ALSO changed it", ["BUT YOU ALSO"]),
        ("fixed, but\n  you\talso changed it", ["but\n  you\talso"]),
        ("ＢＵＴ　ＹＯＵ　ＡＬＳＯ", ["ＢＵＴ　ＹＯＵ　ＡＬＳＯ"]),
        ("We\u00a0apologise\u00a0if it hurt", ["We\u00a0apologise\u00a0if"]),
        ("we\u2019re sorry you felt that", ["sorry you felt"]),
        ("i\u2019m sorry if", ["i\u2019m sorry if"]),
        ("按理 说", ["按理 说"]),
        ("按理\n说周五能好", ["按理\n说"]),
        ("但是\u200b贵方", ["但是\u200b贵方"]),
        ("很抱歉，但是", ["抱歉，但是"]),
        ("很抱歉,但是", ["抱歉,但是"]),
        # whole English words only
        ("We attribute the delay to our script", []),
        ("Our debut you also enjoyed", []),
        ("butyou also", []),
        ("but you alsothe", []),
        ("The usability review", []),
        ("unhopefully", []),
        ("a hotfixes list", []),
        ("Hotfix: done", ["Hotfix"]),
        ("他说but you also", ["but you also"]),
        # Chinese has no spaces between words: the phrases that need a rule have one
        ("请按说明书操作", []),
        ("按说这不该发生", ["按说"]),
        ("按理说明天就能恢复", ["按理说", "明天"]),  # 按理说 is a set phrase: 按理说 + 明天
        ("不但贵方的数据已恢复", []),
        ("但贵方的数据没有备份", ["但贵方"]),
        ("如您需要帮助", []),
        ("如果您需要帮助", []),
        ("您需要先备份", ["您需要"]),
        ("这不是小问题", []),
        ("这只是小问题", ["小问题"]),
        ("这不仅仅是系统的问题", []),
        ("由我方自行解决", []),
        ("请贵方自行解决", ["请贵方自行"]),
        # English phrases that need a rule
        ("If you need to reach me", []),
        ("you must be tired of this", []),
        ("we cannot guarantee it", []),
        ("We guarantee it", ["guarantee"]),
        ("this kind of failure", []),
        ("it is kind of slow", ["kind of"]),
        ("sorry for any inconvenience", ["sorry for any"]),
    ],
)
def test_matching_rules(text, expected):
    notes = check(text, Language.EN)
    assert [note.phrase for note in notes] == expected
    assert all(text[n.start : n.end] == n.phrase for n in notes)


def test_a_phrase_inside_a_longer_one_is_noted_once():
    [note] = check("这不能怪我们。", Language.ZH)
    assert note.phrase == "这不能怪我们"
    [note] = check("It is not our responsibility.", Language.EN)
    assert note.phrase == "It is not our responsibility"


def test_notes_speak_the_requested_language_and_keep_the_letters_wording():
    [zh] = check("按理说不会出错", Language.ZH)
    [en] = check("按理说不会出错", Language.EN)
    assert "含糊" in zh.reason and zh.kind == en.kind == "hedging"
    assert "hedging" in en.reason
    assert zh.rewrite == en.rewrite == "我们将……"
    assert zh.rewrite in zh.suggestion and zh.rewrite in en.suggestion
    assert not CJK_CHAR.search(en.reason)
    [dropped] = check("To be fair, it is fixed.", Language.ZH)
    assert dropped.rewrite == "" and "删去" in dropped.suggestion


def test_at_least_sixty_phrases_in_each_language_every_one_complete():
    counts = {lang: len(phrases(lang)) for lang in (ZH, EN)}
    assert counts[ZH] >= 60 and counts[EN] >= 60
    for lang in (ZH, EN):
        kinds = Counter(rule.kind for rule in phrases(lang))
        assert set(kinds) == set(KINDS), lang  # every kind has phrases in both languages
        for rule in phrases(lang):
            for spelling in rule.spellings:
                assert bool(CJK_CHAR.search(spelling)) is (lang is ZH), spelling
            if rule.rewrite:  # the plainer wording goes into the same letter
                assert bool(CJK_CHAR.search(rule.rewrite)) is (lang is ZH), rule.rewrite
    for kind in KINDS:
        for lang in (ZH, EN):
            assert kind_label(kind, lang)
        assert not CJK_CHAR.search(kind_label(kind, EN))
        assert CJK_CHAR.search(kind_label(kind, ZH))


def test_phrases_are_listed_once():
    keys = [fold(s).text for lang in (ZH, EN) for r in phrases(lang) for s in r.spellings]
    assert len(keys) == len(set(keys))


MIXED = st.sampled_from("按理说但是贵方 \n\u3000ＢbuUtT yYoOuU aAlLsSoO，,.是不")


@given(st.text(alphabet=MIXED, max_size=60))
def test_notes_always_point_at_their_phrase_in_reading_order(text):
    notes = check(text, Language.ZH)
    assert all(text[n.start : n.end] == n.phrase and n.end > n.start for n in notes)
    assert [n.start for n in notes] == sorted({n.start for n in notes})


@given(st.text(max_size=300))
def test_any_text_is_checked_without_error(text):
    notes = check(text, Language.EN)
    assert all(isinstance(n, ToneNote) and text[n.start : n.end] == n.phrase for n in notes)


SPACING = st.sampled_from([" ", "  ", "\n", "\t", "\u3000", "\u00a0 ", " \u200b"])


@given(st.lists(SPACING, min_size=2, max_size=2))
def test_any_spacing_between_words_is_tolerated(gaps):
    phrase = f"as{gaps[0]}we{gaps[1]}told you"
    assert _flagged(f"Well, {phrase}.") == [phrase]


def test_a_five_thousand_character_letter_is_checked_quickly():
    """The target is 5 ms (tests/bench/bench_tone.py measures it); this guards against a
    pattern that backtracks, with room for a busy machine."""
    text = (" ".join(s for s, _ in DEFENSIVE) * 10)[:5000]
    check(text, Language.ZH)
    started = time.perf_counter()
    for _ in range(10):
        check(text, Language.ZH)
    assert (time.perf_counter() - started) / 10 < 0.05


def test_the_letter_dialog_finds_the_whole_api_in_one_module():
    assert tone.apology_gaps is apology_parts.apology_gaps
    assert tone.gap_message is apology_parts.gap_message
    assert tone.GAP_CODES == ("no_responsibility", "no_repair")


def test_a_bank_is_blamed_as_plainly_as_any_customer():
    text = "其实这个问题主要是贵行操作不当造成的，但是我们也有一定的责任，应该是配置的问题吧。"
    assert [note.phrase for note in check(text, ZH)] == [
        "贵行操作不当",
        "我们也有一定的责任",
        "应该是",
    ]
    assert check("报表本应该是月底自动生成的。", ZH) == []


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("我们将恢复全部数据，并和客户逐条核对。", True),
        ("现场工程师答复是客户自行删除。", True),
        ("给贵行的客户带来了不便。", False),  # their own customers
        ("客户端升级后即可使用。", False),
        ("请贵行客户经理确认。", False),
        ("We will restore the data and check it with the customer.", True),
        ("Our customer service desk is open until 8 pm.", False),
    ],
)
def test_a_note_written_for_colleagues_is_pointed_out(text, flagged):
    lang = Language.EN if text.isascii() else Language.ZH
    kinds = {note.kind for note in check(text, lang)}
    assert ("internal" in kinds) is flagged


def test_a_day_that_moves_is_pointed_out_but_the_letters_own_today_is_not():
    notes = check("我们承诺：将于2026年11月26日前明天上午派工程师到现场。", Language.ZH)
    assert [(n.phrase, n.kind) for n in notes] == [("明天", "relative_day")]
    assert "11月26日上午" in notes[0].suggestion or "日期" in notes[0].reason
    assert check("今天，贵行向我们反映了数据丢失的问题。", Language.ZH) == []
    [note] = check("An engineer will be on site tomorrow morning.", Language.EN)
    assert note.phrase == "tomorrow"
