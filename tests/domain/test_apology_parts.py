from __future__ import annotations

import pytest

from desktop.domain.apology_parts import (
    GAP_CODES,
    acknowledges_responsibility,
    apology_gaps,
    gap_message,
    offers_repair,
)
from desktop.domain.enums import Language
from desktop.domain.tone_text import CJK_CHAR
from tests.domain.tone_corpus import EN, REGRET_ONLY, ZH, letter

BOTH = [ZH, EN]


@pytest.mark.parametrize("lang", BOTH)
def test_a_good_apology_has_both_parts(lang):
    assert apology_gaps(letter(lang), lang) == []


@pytest.mark.parametrize("lang", BOTH)
def test_taking_out_the_responsibility_is_noticed(lang):
    text = letter(lang, extra={"responsibility": REGRET_ONLY[lang]})
    assert apology_gaps(text, lang) == ["no_responsibility"]
    assert apology_gaps(letter(lang, without=("responsibility",)), lang) == ["no_responsibility"]


@pytest.mark.parametrize("lang", BOTH)
def test_taking_out_every_offer_is_noticed(lang):
    text = letter(lang, without=("next", "offer", "commitment"))
    assert apology_gaps(text, lang) == ["no_repair"]


@pytest.mark.parametrize("lang", BOTH)
def test_what_we_will_do_next_still_offers_repair_without_the_compensation(lang):
    """ "We will …" and "我们将……" offer repair too; only losing every offer is a gap."""
    assert apology_gaps(letter(lang, without=("offer",)), lang) == []
    assert apology_gaps(letter(lang, without=("offer", "commitment")), lang) == []


@pytest.mark.parametrize("lang", BOTH)
def test_an_empty_or_bare_letter_lacks_both(lang):
    assert apology_gaps("", lang) == ["no_responsibility", "no_repair"]
    text = letter(lang, without=("responsibility", "next", "offer", "commitment"))
    assert apology_gaps(text, lang) == ["no_responsibility", "no_repair"]


@pytest.mark.parametrize(
    "sentence",
    [
        "由于我方测试不充分，导致数据丢失。",
        "因我方配置错误，月结报表出现偏差。",
        "这是我们的失误。",
        "这完全是我方的责任。",
        "我们的疏忽给贵公司带来了损失。",
        "我方的升级脚本造成了数据丢失。",
        "我们没有做好升级前的检查。",
        "我们未能在约定时间内完成交付。",
        "我们对此负有全部责任。",
        "责任在我方。",
        "是我的错，没有提前通知您。",
        "这不是贵方的问题，而是我们的失误。",
        "我们非常清楚，这是我们的责任。",
        "我们不得不承认，这是我们的失误。",
        "毫无疑问，这是我们的责任。",
        "This was our mistake.",
        "It was entirely our fault.",
        "We are responsible for the lost records.",
        "We take full responsibility.",
        "We failed to check the backup.",
        "We made a mistake in the upgrade script.",
        "We got it wrong.",
        "We let you down.",
        "We should have tested the script on a copy.",
        "The outage was caused by our upgrade.",
        "I am responsible for the missed call.",
        "It was not the network: it was our error.",
        "There is no doubt this was our mistake.",
        "This was our mistake, not yours.",
    ],
)
def test_owning_it_counts_as_acknowledging(sentence):
    assert acknowledges_responsibility(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "这不是我方的责任。",
        "不是我们的失误。",
        "并非由于我方的原因。",
        "这个问题不是我们的配置造成的。",
        "该问题超出了我方责任范围。",
        "数据丢失与我方的升级无关。",
        "此次故障不属于我方责任。",
        "我们没有任何失误。",
        "我们不承担责任。",
        "This was not our fault.",
        "It is not our responsibility to back up your data.",
        "We are not responsible for the network.",
        "We never made a mistake here.",
        "The outage was not caused by our upgrade.",
        "We deny that this was our error.",
        "This wasn't our mistake.",
        "Neither the outage nor the delay was our fault.",
    ],
)
def test_negations_do_not_count_as_acknowledging(sentence):
    assert not acknowledges_responsibility(sentence)
    assert apology_gaps(sentence, Language.ZH)[0] == "no_responsibility"


@pytest.mark.parametrize(
    "sentence",
    [
        "为表歉意，我们将免费提供两天驻场支持。",
        "作为补偿，本季度服务费减免一半。",
        "我们将于11月30日前完成修复。",
        "我方将为贵公司提供一次免费培训。",
        "我们愿意承担重新导入数据的全部费用。",
        "我们将不再收取本月的服务费。",
        "To make up for this, we would like to offer two days of support.",
        "We will restore the data by Friday.",
        "We'll send an engineer on Monday.",
        "The visit is free of charge.",
        "We are refunding this month's fee.",
        "As an apology, your next upgrade is at no cost.",
        "I will call you on 1 December.",
    ],
)
def test_an_offer_counts_as_repair(sentence):
    assert offers_repair(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "我们无法提供任何补偿。",
        "给贵公司造成了无法弥补的损失。",
        "本次服务不予补偿。",
        "我们将不承担任何费用。",
        "We cannot offer any compensation.",
        "We will not refund the licence.",
        "We'll never charge less.",
        "No compensation is due under the contract.",
        "We are unable to compensate you.",
    ],
)
def test_refusing_is_not_an_offer(sentence):
    assert not offers_repair(sentence)


def test_words_inside_other_words_are_not_parts():
    assert not offers_repair("The weekly report")  # "we" inside a word
    assert not offers_repair("Swill and twill")
    assert not acknowledges_responsibility("Our mistakenly named file")


def test_spacing_and_width_do_not_matter():
    assert acknowledges_responsibility("THIS WAS OUR\nMISTAKE")
    assert acknowledges_responsibility("由于 我方 测试不充分")
    assert offers_repair("ＦＲＥＥ　ＯＦ　ＣＨＡＲＧＥ")


def test_the_warnings_say_what_is_missing_and_how_to_fix_it_in_both_languages():
    assert gap_message("no_responsibility", Language.ZH).startswith("这封信不再承认我方的责任：")
    assert gap_message("no_responsibility", Language.EN).startswith(
        "The letter no longer acknowledges our responsibility:"
    )
    assert "为表歉意" in gap_message("no_repair", Language.ZH)
    assert "free of charge" in gap_message("no_repair", Language.EN)
    for code in GAP_CODES:
        assert not CJK_CHAR.search(gap_message(code, Language.EN))
        # the example in each hint is itself a good sentence: it owns or offers
        for lang in BOTH:
            example = gap_message(code, lang).split("“")[-1]
            assert code not in apology_gaps(example, lang)
    with pytest.raises(KeyError):
        gap_message("no_regret", Language.EN)
