"""沟通类投诉的演示文本（响应慢、解释不清、缺乏主动、敷衍）。"""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.SLOW_RESPONSE: Story(
        remedies=(
            "指定专人对接，24 小时内必须有答复。",
            "给一个能找到人的电话，问题有进展主动告诉我们。",
            "说明为什么一直没人回复，以后怎么保证。",
        ),
        impacts=(
            "问题积压，业务部门对项目组失去信任。",
            "小问题拖成了大问题，业务部门只能自己想办法。",
        ),
        causes=(
            Cause(
                "工单分派规则在系统调整后失效，这张工单一直处于无人认领的状态。",
                fix="指定专人跟进，并每天通报进展",
                improve="修复工单分派规则，并检查其他滞留的工单",
                prevent="建立工单超时自动提醒和升级机制",
                escape="没有人定期查看无人认领的工单。",
                factors=((F.TECHNICAL_DEFECT, N.OBJECTIVE, "工单分派规则失效"),),
                responsibility=Resp.COMMUNICATION,
                lesson="工单没人认领的时候，系统要会喊人。",
            ),
            Cause(
                "负责该项目的工程师休假期间没有安排替岗，来电和邮件都没有人处理。",
                fix="安排替岗工程师并告知客户新的联系方式",
                improve="休假前必须交接在手问题并通知客户",
                prevent="每个项目设主备两名联系人",
                escape="休假审批时没有检查项目交接。",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "项目只有一名联系人"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "休假前未交接"),
                ),
                responsibility=Resp.COMMUNICATION,
                lesson="一个项目只有一个人能找到，就等于随时可能找不到人。",
            ),
            Cause(
                "同期多个项目上线，支持人员不足，问题按先来后到排队，没有区分轻重缓急。",
                fix="把该问题列为最高优先级，给出正式答复和解决时间",
                improve="按影响程度为问题分级，设定不同的响应时限",
                prevent="上线高峰期提前调配支持人手",
                escape="排队规则只看提交时间，不看影响。",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "上线高峰支持人手不足"),),
                responsibility=Resp.COMMUNICATION,
                lesson="排队要分轻重，不能只看先来后到。",
            ),
        ),
        looking=(
            "已指定专人负责，正在核对此前所有来电和邮件，今天内回复每一个问题。",
            "我们正在梳理这段时间的沟通记录，查清为什么没有及时回复。",
        ),
        heard=(
            "{contact}整理了这段时间的来电和邮件时间，最长一次等了好几天没有回音。",
            "{contact}表示问题本身不难，最不满的是找不到人。",
        ),
        team=(
            ("support", "这张工单当时没有出现在任何人的待办里，分派记录是空的。"),
            ("pm", "那一周同时有几个项目上线，支持人员都被抽走了。"),
        ),
        evidence=(
            ("工单流转记录", "工单从提交到第一次响应的全部时间点。"),
            ("来电和邮件记录", "客户来电和邮件的时间，以及我方的回复时间。"),
        ),
        asks=("尚未答复的问题清单", "确认今后的主要对接人"),
        requests=(("一名支持工程师专职跟进一周", "客户服务部"),),
        criterion="客户的问题均在一个工作日内得到答复",
    ),
    Sub.UNCLEAR_EXPLANATION: Story(
        remedies=(
            "用我们听得懂的话，书面说明原因和处理办法。",
            "派懂业务的人来当面讲清楚。",
            "给一份操作说明，以后按说明操作。",
        ),
        impacts=(
            "业务人员不敢操作，问题反复咨询。",
            "客户内部无法向领导解释问题原因。",
        ),
        causes=(
            Cause(
                "答复的工程师对该业务流程不熟悉，回答用了大量技术术语，没有说清楚业务上的影响。",
                fix="与产品经理一起出具一份书面说明，并当面讲解",
                improve="为常见问题编写面向业务人员的解释口径",
                prevent="答复客户前由熟悉业务的同事审阅",
                escape="答复直接发出，没有人从客户的角度读一遍。",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "用技术语言回答业务问题"),),
                responsibility=Resp.COMMUNICATION,
                lesson="答复要让提问的人看得懂，而不是让自己看起来专业。",
            ),
            Cause(
                "现场使用的版本和培训材料对应的版本不一致，工程师按新版本解释，和现场看到的对不上。",
                fix="按现场版本重新整理说明，并演示实际操作",
                improve="培训和答复前先确认客户的版本",
                prevent="版本说明与培训材料同步更新",
                escape="没有人核对过现场版本和材料的版本。",
                factors=(
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "未确认客户使用的版本"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "培训材料未随版本更新"),
                ),
                responsibility=Resp.COMMUNICATION,
                lesson="先弄清客户在用什么，再解释怎么用。",
            ),
            Cause(
                "问题原因当时还没有查清，工程师为了尽快答复给了笼统的说法。",
                fix="查清原因后重新书面答复，说明之前说法不准确的地方",
                improve="原因未明时如实告知，并约定下次答复时间",
                prevent="把如实答复写进客户沟通规范",
                escape="没有规定原因未明时应该怎么答复。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "原因未明时给了笼统答复"),),
                responsibility=Resp.COMMUNICATION,
                lesson="不知道就说不知道，并说清什么时候能知道。",
            ),
        ),
        looking=(
            "我们正在整理书面说明，会请产品经理一起审阅，确保说清楚。",
            "已约好时间当面讲解，在此之前先把关键结论用简单的话发给您。",
        ),
        heard=(
            "{contact}列出了仍然不明白的几个问题，最关心的是对业务有什么影响。",
            "{contact}说{department}的同事看了之前的答复，还是不知道下一步该怎么做。",
        ),
        team=(
            ("support", "当时想尽快回复，没有意识到客户看不懂那些术语。"),
            ("product", "这个问题的业务逻辑确实复杂，需要配上实际例子来讲。"),
        ),
        evidence=(
            ("之前的答复邮件", "我方此前的几次答复原文。"),
            ("客户的追问记录", "客户就同一问题的多次追问。"),
        ),
        asks=("仍有疑问的问题清单", "方便当面讲解的时间"),
        requests=(("产品经理参加讲解会", "产品部"),),
        criterion="客户确认已理解原因和操作方法，不再就同一问题追问",
    ),
    Sub.LACK_OF_INITIATIVE: Story(
        remedies=(
            "定期主动汇报，有风险提前告诉我们。",
            "每周发一份进展报告，问题不要等我们来问。",
            "指定一个人对项目负责，主动跟进。",
        ),
        impacts=(
            "客户对项目状况心中无数，内部汇报被动。",
            "风险没有提前暴露，客户来不及准备。",
        ),
        causes=(
            Cause(
                "项目进入运维阶段后，没有约定定期汇报的机制，沟通变成了有问题才联系。",
                fix="约定每周固定时间发送进展报告",
                improve="编写运维期月度运行报告模板",
                prevent="把定期汇报写进运维服务标准",
                escape="项目交接到运维时，汇报安排没有交接。",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "缺少定期汇报机制"),),
                responsibility=Resp.COMMUNICATION,
                lesson="不说话客户就会往坏处想，定期汇报比什么都重要。",
            ),
            Cause(
                "我方已经发现了这个风险，但认为还没到需要通报的程度，拖到了最后。",
                fix="把当前所有已知风险整理成清单发给客户",
                improve="风险一经识别即告知客户，并附应对计划",
                prevent="项目周会固定加入风险通报环节",
                escape="风险要不要告诉客户，全凭个人判断。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "发现风险未及时告知"),),
                responsibility=Resp.COMMUNICATION,
                lesson="风险早说是提醒，晚说就成了事故。",
            ),
            Cause(
                "项目负责人同时负责多个项目，精力不足，对这个项目的跟进变成了被动响应。",
                fix="调整分工，安排一名专人负责该项目的日常跟进",
                improve="按项目规模核定负责人可同时承担的项目数",
                prevent="每月检查各项目的主动沟通记录",
                escape="没有人发现这个项目已经很久没有主动沟通。",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "负责人项目过多"),),
                responsibility=Resp.COMMUNICATION,
                lesson="人手不够的时候，最先丢掉的就是主动沟通。",
            ),
        ),
        looking=(
            "我们正在整理项目当前的全部事项和风险，本周内发给您一份完整清单。",
            "已安排专人梳理这段时间遗漏的沟通，今后每周固定汇报。",
        ),
        heard=(
            "{contact}希望每周能收到一份简短的进展和风险说明，{department}好向领导汇报。",
            "{contact}说很多情况都是从别的渠道才知道的。",
        ),
        team=(
            ("pm", "当时手上项目太多，这个项目基本是客户来问才处理。"),
            ("consultant", "有些风险我们早就看到了，但觉得还能自己消化。"),
        ),
        evidence=(
            ("近两个月的沟通记录", "我方主动联系客户的次数和内容。"),
            ("内部风险记录", "我方内部已记录但未告知客户的事项。"),
        ),
        asks=("希望汇报包含的内容", "接收汇报的人员名单"),
        requests=(("一名项目助理协助编写周报", "交付中心"),),
        criterion="连续四周按时发出进展报告，风险提前告知",
    ),
    Sub.PERFUNCTORY: Story(
        remedies=(
            "给出明确的处理计划和时间表，不要再说回去看看。",
            "之前答应的事情逐项落实，并书面回复。",
            "换一个认真负责的人来处理。",
        ),
        impacts=(
            "同一问题反复出现，客户多次反映无果。",
            "客户对我方的承诺失去信任。",
        ),
        causes=(
            Cause(
                "口头答应的事项没有登记，交接后无人跟进，承诺就此落空。",
                fix="把所有对客户的承诺登记在案，逐项跟进并书面回复",
                improve="口头承诺当天补记到问题跟踪表",
                prevent="承诺事项设到期提醒并由项目经理每周检查",
                escape="问题跟踪表里只有客户提交的工单，没有我们口头答应的事。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "口头承诺未登记"),),
                responsibility=Resp.COMMUNICATION,
                lesson="答应客户的事情，不写下来就等于没答应。",
            ),
            Cause(
                "之前只做了临时处理，没有查找根本原因，问题反复出现。",
                fix="停止临时处理，组织排查根本原因并给出正式方案",
                improve="临时方案必须同时给出正式方案的时间",
                prevent="同一问题第二次出现时自动升级处理",
                escape="问题关闭的标准是客户不再催，而不是问题不再出现。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "只做临时处理"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "研发排期紧张"),
                ),
                responsibility=Resp.COMMUNICATION,
                lesson="临时办法要有期限，过了期限就是敷衍。",
            ),
            Cause(
                "答复时只挑了容易回答的问题，其余问题没有逐条回应。",
                fix="逐条回复客户提出的全部问题，并标明处理时间",
                improve="答复时附问题清单，逐条标注状态",
                prevent="答复发出前由第二人核对是否逐条回应",
                escape="没有人核对答复是否覆盖了客户的每一个问题。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "答复未逐条回应"),),
                responsibility=Resp.COMMUNICATION,
                lesson="客户问了几个问题，就要回答几个问题。",
            ),
        ),
        looking=(
            "我们正在把您之前提出的所有问题逐条整理，会附上每一项的处理状态。",
            "已安排项目经理亲自跟进，正在核对之前答应过的每一件事。",
        ),
        heard=(
            "{contact}列出了之前反映过的问题和得到的答复，大多数没有下文。",
            "{contact}表示不指望一次全部解决，但希望有明确的时间表。",
        ),
        team=(
            ("support", "之前几次都是先临时处理，想着后面再彻底解决，结果一直没排上。"),
            ("pm", "问题跟踪表里查不到这些口头答应的事项。"),
        ),
        evidence=(
            ("历次答复记录", "此前每次答复的内容和时间。"),
            ("问题跟踪表", "与客户反映的事项逐条对照。"),
        ),
        asks=("客户方整理的未解决问题清单", "确认各问题的优先顺序"),
        requests=(("研发排期支持正式方案", "研发部"),),
        criterion="承诺事项全部按期完成，客户不再反映同类问题",
    ),
}

VOICE = Voice(
    found=(
        "经核实，{cause}我们将在{date}前{fix}。",
        "我们查清了原因：{cause}对此我们负有责任，改进措施将在{date}前落实。",
    ),
    fixing=(
        "新的对接安排已开始执行，每天下班前通报当天进展。",
        "您提出的问题我们正在逐项落实，今天已完成其中两项。",
        "专人跟进已经开始，有任何问题请直接联系我们。",
    ),
    fixed=(
        "已完成：{fix}。今后如有问题，请直接联系项目负责人。",
        "新的对接安排已经落实，请您监督。",
    ),
    watching=(
        "本周您的问题均在一个工作日内得到答复，请继续监督。",
        "按约定发送本周进展报告，目前没有新的风险。",
        "改进措施正在推进，回访时间会提前与您确认。",
    ),
    escalations=(
        "客户已多次反映无果，需要部门负责人出面。",
        "客户领导表示将重新评估合作，需要总监介入。",
    ),
    visits=(
        "回访时客户表示近期沟通顺畅，问题都能及时得到答复。",
        "客户认可新的对接安排，希望保持下去。",
    ),
    visits_mixed=(
        "客户认为有改善，但希望我们更主动一些。",
        "沟通比以前顺畅，但客户仍希望报告更简洁。",
    ),
    comments=("现在找人方便多了。", "汇报很及时，谢谢。", "态度和效率都有改善。"),
    comments_mixed=("有进步，希望能坚持下去。", "还需要更主动一些。"),
    held=("近四周的问题都在一个工作日内答复。", "周报连续按时发出。"),
    failed=("又有一个问题三天没有答复。", "周报中断了一次。"),
    confirm=("确认新的对接安排", "确认回访的时间"),
    cancelled=("客户认为现有安排已经足够，暂不实施。", "已并入公司统一的服务规范。"),
)
