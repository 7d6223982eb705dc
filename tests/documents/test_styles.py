"""The letter's paragraph styles follow LETTERS.md."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT

from desktop.documents.styles import styles_for
from desktop.domain.enums import Language


def test_the_title_is_centred_and_larger_than_the_body_and_the_subject():
    for language in Language:
        styles = styles_for(language)
        assert styles.letter_title.alignment == TA_CENTER
        assert 18 <= styles.letter_title.fontSize <= 22
        assert styles.letter_subject.alignment == TA_CENTER
        assert styles.letter_body.fontSize < styles.letter_subject.fontSize
        assert styles.letter_subject.fontSize < styles.letter_title.fontSize


def test_a_chinese_body_indents_two_characters_with_a_leading_of_one_and_a_half():
    styles = styles_for(Language.ZH)
    body = styles.letter_body
    assert body.firstLineIndent == 2 * body.fontSize
    assert body.leading == 1.5 * body.fontSize
    assert styles.salutation.firstLineIndent == 0
    assert styles.closing_indented.firstLineIndent == 2 * body.fontSize
    assert styles.closing.firstLineIndent == 0
    assert styles.signoff_right.alignment == TA_RIGHT


def test_an_english_body_is_block_format_with_a_blank_line_between_paragraphs():
    styles = styles_for(Language.EN)
    body = styles.letter_body
    assert body.firstLineIndent == 0
    assert body.alignment == TA_LEFT
    assert body.spaceAfter >= body.leading
    assert styles.signoff_left.alignment == TA_LEFT


def test_the_closing_stays_with_what_follows():
    for language in Language:
        styles = styles_for(language)
        assert styles.closing_indented.keepWithNext and styles.closing.keepWithNext
