from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.classify_concepts import CONCEPTS
from desktop.domain.classify_text import Options, features, language_of, normalise


@given(st.text(max_size=200))
def test_normalising_keeps_every_position(text):
    assert len(normalise(text)) == len(text)


@given(st.text(max_size=200))
def test_every_feature_stands_where_its_span_says(text):
    lowered = normalise(text)
    for feature in features(text):
        name = feature.name.removeprefix("¬")
        spanned = lowered[feature.start : feature.end]
        if name.startswith("§"):  # a known phrasing spans one of its phrases
            assert spanned in CONCEPTS[name[1:]]
        elif " " in name:  # a word pair spans both words and what is between them
            first, _, second = name.partition(" ")
            words = re.findall(r"[a-z0-9]+(?:'[a-z]+)?", spanned)
            assert words[0].startswith(first) and words[-1].startswith(second)
        else:  # a word may be shortened to its stem (crashes → crash)
            assert spanned.startswith(name)


def test_chinese_is_read_as_characters_up_to_three():
    names = {f.name for f in features("报表慢", Options(concepts=False))}
    assert names == {"报", "表", "慢", "报表", "表慢", "报表慢"}
    assert "§slow" in {f.name for f in features("报表慢")}  # a known way of saying it


def test_full_width_and_digits_are_folded():
    assert {f.name for f in features("ＡＰＩ 500")} >= {"api", "000", "api 000"}


def test_what_is_said_not_to_be_the_matter_is_marked():
    names = {f.name for f in features("不是系统的问题，是没人回消息")}
    assert "¬系统" in names and "系统" not in names
    assert "没人" in names  # the next clause is said plainly
    english = {f.name for f in features("the system is not slow, but nobody calls back")}
    assert "¬slow" in english and "slow" not in english and "nobody" in english


def test_the_language_is_the_text_s_main_script():
    assert language_of("ERP 的报表打不开") == "zh"
    assert language_of("The ERP report will not open") == "en"
