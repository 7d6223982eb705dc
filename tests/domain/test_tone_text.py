from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.tone_text import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("But You ALSO", "but you also"),
        ("ＢＵＴ　ｙｏｕ，ＯＫ！", "but you,ok!"),
        ("but \n\t you\u00a0 also", "but you also"),
        ("按理 说", "按理说"),
        ("按理\n\n说", "按理说"),
        ("但是\u200b贵方", "但是贵方"),
        ("but\u200byou", "butyou"),  # no space is seen there, so none is read
        ("我方 bug 修复", "我方bug修复"),
        ("we\u2019re", "we're"),
        ("İstanbul", "istanbul"),
        ("plain text", "plain text"),
    ],
)
def test_folding(text, folded):
    assert fold(text).text == folded


def test_spans_map_back_to_the_users_text():
    text = "Well,  but \n you\u3000also\u200b按理 说"
    folded = fold(text)
    assert folded.text == "well, but you also按理说"
    for phrase in ("but you also", "按理说", "well"):
        start = folded.text.index(phrase)
        begin, end = folded.span(start, start + len(phrase))
        assert fold(text[begin:end]).text == phrase
    start = folded.text.index("but you also")
    assert folded.span(start, start + len("but you also")) == (7, 21)
    assert text[7:21] == "but \n you\u3000also"


@given(st.text(alphabet=st.sampled_from("ab 中\n\u3000\u200bＡ，"), max_size=40))
def test_every_folded_character_maps_to_the_character_it_came_from(text):
    folded = fold(text)
    for position, char in enumerate(folded.text):
        original = text[folded.original(position)]
        assert fold(original).text in (char, "") or (char == " " and original.isspace())
