"""Letter sentences as implementation engineers write them, in Chinese and English: defensive
ones with the phrases the tone check must flag (in reading order), neutral ones it must leave
alone, and two good apologies built paragraph by paragraph so tests can take parts away.

Names, dates and numbers are made up.
"""

from __future__ import annotations

from desktop.domain.enums import Language

ZH, EN = Language.ZH, Language.EN

# (sentence, the phrases flagged in it, as written)
DEFENSIVE: list[tuple[str, list[str]]] = [
    (
        "经核查，系统本身没有问题，这是正常的，请贵方自行重启服务。",
        ["系统本身没有问题", "这是正常的", "请贵方自行"],
    ),
    ("按照合同规定，数据备份不属于我方责任范围。", ["按照合同规定", "不属于我方责任范围"]),
    ("理论上不会出现这种情况，您可能误解了报表的含义。", ["理论上不会", "您可能误解了"]),
    ("我们已经尽力了，但是贵方的网络也有问题。", ["我们已经尽力了", "但是贵方"]),
    ("按理说升级不会影响数据，这属于正常现象。", ["按理说", "正常现象"]),
    ("您应该先看手册再操作，我们早就说过要先备份。", ["您应该先看手册", "我们早就说过"]),
    ("如给您带来不便，敬请谅解。", ["如给您带来不便", "敬请谅解"]),
    ("由于种种原因，相关人员未能及时回复，我们会尽快处理。", ["由于种种原因", "相关人员", "尽快"]),
    ("我们保证不再发生类似问题，彻底杜绝隐患。", ["保证不再发生", "彻底杜绝"]),
    ("只是一个小问题，影响不大，不影响使用。", ["小问题", "影响不大", "不影响使用"]),
    ("系统宕机后我们已回滚，并形成闭环。", ["宕机", "回滚", "形成闭环"]),
    ("很抱歉，但是贵方人员操作失误在先。", ["抱歉，但是", "但是贵方", "贵方人员操作失误"]),
    ("我们这边测试正常，您需要先清理浏览器缓存。", ["我们这边测试正常", "您需要"]),
    ("出现了一些问题，原则上下周可以修复，请知悉。", ["出现了一些问题", "原则上", "请知悉"]),
    (
        "The system works as designed; this is user error.",
        ["works as designed", "user error"],
    ),
    (
        "As per my last email, you need to restart the service.",
        ["As per my last email", "you need to"],
    ),
    (
        "We apologize if the outage caused any inconvenience.",
        ["We apologize if", "any inconvenience"],
    ),
    (
        "To be fair, you should have backed up the data first.",
        ["To be fair", "you should have"],
    ),
    (
        "It is not our responsibility to monitor your server, per our policy.",
        ["It is not our responsibility", "per our policy"],
    ),
    (
        "We regret any inconvenience and we're sorry you feel that way.",
        ["We regret any inconvenience", "sorry you feel"],
    ),
    (
        # two phrases sharing a word: both are flagged
        "Unfortunately you did not follow the upgrade guide, as we told you.",
        ["Unfortunately you", "you did not follow", "as we told you"],
    ),
    (
        "Mistakes were made and an error occurred during the rollback.",
        ["Mistakes were made", "an error occurred", "rollback"],
    ),
    (
        "We will try to fix this minor issue as soon as possible.",
        ["We will try to", "minor issue", "as soon as possible"],
    ),
    (
        "Rest assured, this will never happen again; we guarantee it.",
        ["Rest assured", "this will never happen again", "guarantee"],
    ),
    (
        "But you also changed the export, which is outside our scope.",
        ["But you also", "outside our scope"],
    ),
    (
        "Hopefully the hotfix should work; it works on our end.",
        ["Hopefully", "hotfix", "should work", "works on our end"],
    ),
]

# Ordinary sentences, some close to a flagged phrase, that must not be flagged.
NEUTRAL: list[str] = [
    "请按说明书第三章的步骤操作。",  # 按说 is a hedge, 按说明书 is not
    "不但贵方的数据已经恢复，历史报表也已重新生成。",  # 不但 is not 但贵方
    "如您需要现场支持，请随时联系我。",
    "这不是小问题，我们会认真对待。",
    "这部分工作由我方自行解决，不需要贵方投入人力。",
    "本周五下午三点，我们将到现场为财务部培训。",
    "报表按月汇总，每月一日生成。",
    "We attribute the delay to our upgrade script.",
    "If you need to reach me, please call 138 0013 8000.",
    "Everything you need to know is in the attached note.",
    "This kind of failure is now caught by a check before every upgrade.",
    "You must be frustrated, and we understand why.",
    "We cannot guarantee a date before the test on Friday.",
    "The dashboard shows hopefulness metrics.",
    "Our team will be on site on Monday.",
]

# Good apologies: (part, paragraph). The parts that carry responsibility and repair are named.
GOOD_ZH: list[tuple[str, str]] = [
    ("salutation", "尊敬的王经理："),
    (
        "responsibility",
        "由于我方在系统升级前没有执行备份校验，给贵公司造成了三个月报销数据的丢失，"
        "这是我们的失误，对此我们深表歉意。",
    ),
    ("what_happened", "11月21日晚的升级脚本跳过了备份校验步骤，报销表在升级中被覆盖。"),
    ("done", "我们已于11月22日从备份中恢复了全部报销数据，并与贵公司财务部逐笔核对无误。"),
    (
        "next",
        "下一步，我们将在11月30日前把备份校验加入每一次升级的检查清单，并于12月1日与您电话确认。",
    ),
    ("offer", "为表歉意，我们将免费为贵公司提供两天现场驻场支持。"),
    (
        "commitment",
        "今后每次升级前，我们都会先执行备份校验并请贵公司确认。"
        "如有任何问题，请随时联系李明（电话 138 0013 8000，邮箱 liming@example.com）。",
    ),
    ("closing", "再次向贵公司致以诚挚的歉意。"),
    ("sign_off", "此致\n敬礼！\n云帆软件有限公司\n李明　高级实施工程师\n2026年11月24日"),
]

GOOD_EN: list[tuple[str, str]] = [
    ("salutation", "Dear Ms Ortega,"),
    (
        "responsibility",
        "On 18 November you told us that three months of expense claims had disappeared after "
        "the upgrade. This was our mistake: our upgrade script skipped the backup check, and we "
        "are responsible for the lost records. We are sorry for the disruption and the extra "
        "work it caused your finance team.",
    ),
    (
        "what_happened",
        "The upgrade on 21 November ran without the backup check, and the claims table was "
        "overwritten.",
    ),
    (
        "done",
        "We restored every claim from the backup on 22 November and checked each total with "
        "Mr Chen.",
    ),
    (
        "next",
        "Next, we will add the backup check to every upgrade by 30 November, and I will call you "
        "on 1 December to confirm it is in place.",
    ),
    (
        "offer",
        "To make up for this, we would like to offer two days of on-site support free of charge.",
    ),
    (
        "commitment",
        "Before every future upgrade we will run the backup check and ask you to confirm it. If "
        "you have any questions, please call me on 138 0013 8000 or write to li.ming@example.com.",
    ),
    ("closing", "Once again, please accept our sincere apology."),
    ("sign_off", "Yours sincerely,\nLi Ming\nSenior Implementation Engineer\nYunfan Software"),
]

GOOD = {ZH: GOOD_ZH, EN: GOOD_EN}

# The regret that remains when the responsibility paragraph is taken out.
REGRET_ONLY = {
    ZH: "对于给贵公司带来的不便，我们深表歉意。",
    EN: "We are sorry for the disruption this caused your finance team.",
}


def letter(lang: Language, *, without: tuple[str, ...] = (), extra: dict[str, str] | None = None):
    """The good letter in `lang` without the named parts, with parts replaced by `extra`."""
    replaced = extra or {}
    return "\n\n".join(
        replaced.get(part, paragraph) for part, paragraph in GOOD[lang] if part not in without
    )
