from __future__ import annotations

import re

import pytest

from desktop.domain import enums
from desktop.domain.catalog import WORDS, label, text
from desktop.domain.enums import Language

LABELLED = [
    enums.Stage,
    enums.CaseStatus,
    enums.Channel,
    enums.Severity,
    enums.ComplaintType,
    enums.Subtype,
    enums.Responsibility,
    enums.FactorKind,
    enums.FactorNature,
    enums.ActionHorizon,
    enums.ActionStatus,
    enums.CommitmentKind,
    enums.CommitmentState,
    enums.CompensationKind,
    enums.EvidenceKind,
    enums.RequestStatus,
    enums.EventKind,
]


@pytest.mark.parametrize("enum", LABELLED, ids=lambda e: e.__name__)
def test_every_member_has_a_label_in_both_languages(enum):
    for member in enum:
        english = label(member, Language.EN, hours=3)
        chinese = label(member, Language.ZH, hours=3)
        assert english and chinese
        assert english != chinese or english.isdigit()


def test_chinese_words_are_chinese_and_placeholders_match():
    for key, (english, chinese) in WORDS.items():
        assert re.search(r"[\u4e00-\u9fff]", chinese), key
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", chinese)), key


def test_text_fills_placeholders():
    assert text("error.range", Language.EN, low=1, high=5) == "Must be between 1 and 5."
    assert text("error.range", Language.ZH, low=1, high=5) == "必须在 1 到 5 之间。"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("zh_CN", Language.ZH),
        ("zh-Hans-CN", Language.ZH),
        ("zh_TW", Language.ZH),
        ("en_US", Language.EN),
        ("de_DE", Language.EN),
        (None, Language.EN),
        ("", Language.EN),
    ],
)
def test_language_parse(given, expected):
    assert Language.parse(given) is expected
