"""演示心情日志（中文）：每条的感受与文字一致，写在合理的时间。"""

from __future__ import annotations

from desktop.demo.journal_texts import Mood, Review, Thought
from desktop.domain.journal import Emotion as Em
from desktop.domain.journal import Support as Sup
from desktop.domain.journal import ThinkingTrap as T

MOODS = {
    "new": (
        Mood(
            ((Em.ANXIOUS, 60, 80), (Em.ASHAMED, 30, 55)),
            (18, 22.5),
            "{customer}的投诉今天下午到了，语气很重。看完心里一沉，第一反应是又搞砸了。",
            accept="有点慌是正常的，说明我在乎这个客户。先把事实弄清楚。",
        ),
        Mood(
            ((Em.FRUSTRATED, 50, 75), (Em.DISAPPOINTED, 40, 60)),
            (17.5, 21),
            "又接到{customer}的投诉。上周才去过现场，以为都理顺了，有点泄气。",
        ),
        Mood(
            ((Em.ANXIOUS, 65, 85), (Em.TIRED, 40, 60)),
            (19, 23),
            "{customer}直接投诉到了我们领导那里。下班路上一直在想明天怎么回复。",
            accept="担心是因为这件事重要，不是因为我不行。",
        ),
        Mood(
            ((Em.ANGRY, 35, 55), (Em.SAD, 30, 50)),
            (18, 22),
            "今天被{customer}的人在电话里说了一通，挂了电话半天缓不过来。",
            talked=(Sup.COLLEAGUE,),
            helped="同事陪我在楼下走了一圈，说他去年也遇到过。",
        ),
    ),
    "answered": (
        Mood(
            ((Em.ANXIOUS, 35, 50), (Em.RELIEVED, 35, 55)),
            (12, 14),
            "给{customer}回了电话，先道了歉，约好后天前给进展。对方语气缓和了一些。",
        ),
        Mood(
            ((Em.ANXIOUS, 40, 60), (Em.HOPEFUL, 25, 40)),
            (18, 21),
            "回复发出去了，措辞改了三遍。心里还悬着，但至少迈出了第一步。",
        ),
    ),
    "found": (
        Mood(
            ((Em.TIRED, 50, 70), (Em.RELIEVED, 45, 65)),
            (19, 22.5),
            "终于找到原因了，和开发对了一下午日志。累，但踏实了。",
            talked=(Sup.COLLEAGUE,),
            helped="两个人一起看日志，比一个人闷头查快多了。",
        ),
        Mood(
            ((Em.ASHAMED, 25, 40), (Em.CALM, 35, 55)),
            (20, 23),
            "原因查清了，确实有我们的问题。承认下来，反而轻松了一些。",
            reframe="每一次批评都是一份礼物：这次学到的是，上线前的检查不能省。",
        ),
    ),
    "fixed": (
        Mood(
            ((Em.RELIEVED, 60, 80), (Em.HOPEFUL, 40, 60)),
            (17, 21),
            "{customer}的修复今天上线，客户确认没问题了。长出一口气。",
        ),
        Mood(
            ((Em.DISAPPOINTED, 20, 35), (Em.HOPEFUL, 40, 60)),
            (19, 22),
            "修复完成了。回头看，本来可以早点发现，有点遗憾，但也学到了东西。",
            reframe="把这次的教训写进检查清单，下个项目就用得上。",
        ),
    ),
    "visited": (
        Mood(
            ((Em.CONFIDENT, 50, 75), (Em.RELIEVED, 40, 60)),
            (15, 19),
            "去{customer}回访，客户说这次处理得很用心。回来的路上心情很好。",
        ),
        Mood(
            ((Em.CALM, 50, 70), (Em.HOPEFUL, 40, 60)),
            (16, 20),
            "{customer}的回访做完了，客户又提了两条意见，都记下了。比预想的顺利。",
        ),
    ),
    "setback": (
        Mood(
            ((Em.DISAPPOINTED, 55, 75), (Em.FRUSTRATED, 45, 65)),
            (18, 22),
            "{customer}说问题又出现了。以为已经解决了，心里很失落。",
            talked=(Sup.MENTOR,),
            helped="和导师聊了聊，他说修复没扛住很常见，重要的是这次把根因挖透。",
        ),
    ),
    "ordinary": (
        Mood(
            ((Em.CALM, 45, 65), (Em.TIRED, 30, 50)),
            (18, 21),
            "今天没什么大事，把积压的工单清了一半。",
        ),
        Mood(
            ((Em.TIRED, 55, 75), (Em.CALM, 35, 55)),
            (20, 22.5),
            "跑了两个现场，很累，但没有新的投诉。",
        ),
        Mood(
            ((Em.CONFIDENT, 40, 60), (Em.HOPEFUL, 35, 55)),
            (17, 19),
            "周会上分享了上个月的案例，同事们讨论得挺热烈。",
        ),
        Mood(
            ((Em.TIRED, 40, 55), (Em.CALM, 35, 50)),
            (7.5, 9),
            "早上有点提不起劲。列了今天要做的三件事，先做最难的那件。",
        ),
        Mood(
            ((Em.CALM, 60, 80),),
            (20.5, 22.5),
            "和家人吃了顿饭，手机一直没看，难得放松。",
            talked=(Sup.FAMILY,),
            helped="什么都不说，就一起吃饭，也挺好。",
        ),
        Mood(
            ((Em.ANXIOUS, 30, 45), (Em.HOPEFUL, 30, 45)),
            (12, 13.5),
            "下午要开项目评审，中午把材料又过了一遍。",
        ),
        Mood(
            ((Em.FRUSTRATED, 35, 55), (Em.TIRED, 45, 65)),
            (21, 23),
            "一天开了五个会，真正的活一件没干。明天早点到。",
        ),
        Mood(
            ((Em.CALM, 50, 70), (Em.CONFIDENT, 35, 55)),
            (18.5, 21),
            "帮新来的同事看了一个配置问题，讲清楚以后他自己就会了，挺有成就感。",
            talked=(Sup.COLLEAGUE,),
        ),
        Mood(
            ((Em.TIRED, 50, 70), (Em.SAD, 20, 35)),
            (22, 23.5),
            "出差第三天，晚上一个人在酒店，有点想家。",
            talked=(Sup.FAMILY,),
            helped="和家里视频了十分钟。",
        ),
        Mood(
            ((Em.HOPEFUL, 45, 65), (Em.CALM, 40, 60)),
            (7, 8.5),
            "早上跑了三公里，脑子清楚多了，今天先把回访的材料准备好。",
        ),
        Mood(
            ((Em.ANXIOUS, 35, 55), (Em.TIRED, 35, 50)),
            (19, 21.5),
            "这周几个项目的进展报告都要交，有点赶。列了个单子，一个个来。",
            accept="事情多的时候紧张很正常，做完一件划掉一件。",
        ),
    ),
    "night": (
        Mood(
            ((Em.ANXIOUS, 65, 85), (Em.TIRED, 60, 80)),
            (24.5, 26),
            "又睡不着，脑子里一直在过{customer}的事。起来写几句，写完好受一点。",
            accept="睡不着就先不逼自己睡，事情明天再想。",
        ),
    ),
}

THOUGHTS = (
    Thought(
        "{customer}在电话里说我们“根本不专业”，当时我领导也在。",
        "我是不是不适合做这一行。这个客户肯定要换供应商了。领导一定觉得我不行。",
        ((Em.ASHAMED, 75), (Em.ANXIOUS, 70)),
        (T.LABELLING, T.FORTUNE_TELLING, T.MIND_READING),
        "问题确实出在我负责的模块，配置是我做的。",
        "这个项目之前一直是好评，客户上个月还续签了维护合同。领导事后说这种事谁都会遇到。",
        "这次是我负责的部分出了问题，需要认真改，但一次失误说明不了我不专业。把修复和回访做好，比自责有用。",
        ((Em.ASHAMED, 40), (Em.ANXIOUS, 35)),
    ),
    Thought(
        "明天要去{customer}回访，担心客户又会发火。",
        "肯定又要挨骂，这次回访一定很难看。",
        ((Em.ANXIOUS, 65), (Em.TIRED, 50)),
        (T.CATASTROPHISING, T.FORTUNE_TELLING),
        "上次见面时客户确实很生气。",
        "修复上线后两周没有再出问题，客户最近的邮件语气已经缓和了。",
        "客户可能还有意见，但问题已经解决，我也准备好了要说的话。",
        ((Em.ANXIOUS, 30), (Em.TIRED, 40)),
    ),
    Thought(
        "{customer}的修复没扛住，问题又出现了。",
        "我什么都做不好，之前的努力全白费了。",
        ((Em.DISAPPOINTED, 80), (Em.FRUSTRATED, 60)),
        (T.ALL_OR_NOTHING, T.OVERGENERALISING, T.DISCOUNTING_POSITIVE),
        "同一个问题确实出现了第二次。",
        "这次复发的范围小多了，原因也比第一次清楚；其他几项措施都起了作用。",
        "修复不完整，需要补一步，但不是全部白费。",
        ((Em.DISAPPOINTED, 45), (Em.FRUSTRATED, 30)),
    ),
    Thought(
        "是同事的配置出了错，{customer}却冲我发火。",
        "凭什么我来挨骂，这根本不是我的错。他们就不该让他一个人做。",
        ((Em.ANGRY, 70), (Em.FRUSTRATED, 55)),
        (T.BLAMING_OTHERS, T.SHOULD_STATEMENTS),
        "配置确实不是我做的。",
        "客户分不清是谁做的，在他们眼里我们是一个团队。我是对接人，挨骂也是工作的一部分。",
        "先把客户的问题解决，内部的分工问题留到复盘时心平气和地谈。",
        ((Em.ANGRY, 30), (Em.FRUSTRATED, 30)),
    ),
)

REVIEWS = (
    Review(
        "第一时间回了电话，24 小时内给了书面答复；进展每两天按时发出。",
        "一开始判断错了方向，在网络上查了一整天，其实是配置问题。",
        "客户的信息部很配合，当天就把日志给了我们。",
        "下次先对照最近的变更记录，再去查环境。",
    ),
    Review(
        "道歉没有推脱，客户说这是他们最在意的。",
        "答应的回访时间推迟了一次，没有提前告诉客户。",
        "项目经理刚好在附近，能当天陪我去现场。",
        "所有答应客户的事当天记进案件，设好提醒。",
    ),
    Review(
        "根因查得比较透，预防措施也落实到了清单里。",
        "前两天只顾着查问题，没有主动告诉客户进展，让客户更着急了。",
        "问题在月底结账前解决了，没有造成更大的损失。",
        "查问题再忙，也要按时给客户一句进展。",
    ),
)

GOALS = (
    ("本周完成一次高质量回访", 1, "visit"),
    ("在团队会议上分享一个案例", 1, "share"),
    ("每天写一句心情日志", 5, "journal"),
    ("每周运动三次", 3, "exercise"),
)
GOAL_NOTES = {
    "visit": ("回访顺利，客户提了两点建议。", "客户对整改很满意。", ""),
    "share": ("讲了一个接口故障的案例。", ""),
    "journal": ("",),
    "exercise": ("跑步三公里。", "打了一场羽毛球。", ""),
}
LINKED_GOAL = "做好{customer}的回访，整理成案例"
