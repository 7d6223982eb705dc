from __future__ import annotations

import pytest

from desktop.domain.enums import Language
from desktop.domain.tone import check


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


def test_speaks_the_users_language():
    [note] = check("按理说不会出错", Language.ZH)
    assert "含糊" in note.reason


def test_a_plain_apology_has_nothing_to_change():
    assert check("我们对给贵单位带来的不便深表歉意，已于今日恢复全部数据。", Language.ZH) == []
    assert check("We are sorry. We restored every record today.", Language.EN) == []


def test_words_inside_other_words_are_not_flagged():
    assert check("The dashboard shows hopefulness metrics", Language.EN) == []
