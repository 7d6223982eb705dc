"""态度类投诉的演示文本（语气生硬、不耐烦、傲慢）。"""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.HARSH_TONE: Story(
        remedies=(
            "要求当事人当面道歉，并更换对接人。",
            "给我们的员工一个交代，保证不再发生。",
            "公司层面书面道歉。",
        ),
        impacts=(
            "客户员工情绪受到影响，不愿再与我方人员沟通。",
            "客户领导对我方的专业形象产生怀疑。",
        ),
        causes=(
            Cause(
                "驻场同事连续加班，情绪紧张，在沟通中没有控制好语气，这是我们管理上的失误。",
                fix="安排当事同事当面致歉，并调整对接安排",
                improve="合理安排驻场人员的工作量和轮休",
                prevent="开展客户沟通培训，把沟通表现纳入考核",
                escape="项目组知道他压力很大，但没有及时调整。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "沟通时语气失控"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "驻场人员长期超负荷"),
                ),
                told=("consultant", "承认当时语气不好，那几天连续加班，心里很急，愿意当面道歉。"),
                cues=("现场", "驻场", "当着", "会上"),
                responsibility=Resp.COMMUNICATION,
                lesson="人累到一定程度，说话就会伤人，排班也是服务质量。",
            ),
            Cause(
                "热线同事在处理重复问题时表现出不耐烦，用了不恰当的措辞。",
                fix="由部门负责人致电道歉，当事同事书面检讨",
                improve="为热线整理常见问题的标准应答",
                prevent="热线通话定期抽查，并做沟通辅导",
                escape="热线通话没有质量抽查。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "措辞不当"),),
                told=("support", "那天热线电话特别多，同一个问题问了好几遍，没忍住，说话冲了。"),
                cues=("电话", "热线", "打了", "接起来"),
                responsibility=Resp.COMMUNICATION,
                lesson="同一个问题客户问第十遍，对他来说也是第一次。",
            ),
            Cause(
                "双方在问题责任上有分歧，我方同事在争论中说了过头的话。",
                fix="当面致歉，责任问题改由项目经理书面沟通",
                improve="有分歧时由项目经理统一对外沟通",
                prevent="开展冲突沟通培训",
                escape="现场人员没有把分歧及时交给项目经理处理。",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "分歧处理方式不当"),),
                told=("consultant", "当时在争是谁的责任，说了过头的话，事后很后悔。"),
                cues=("错", "责任", "怪", "争"),
                responsibility=Resp.COMMUNICATION,
                lesson="有分歧就上交，不要在现场争输赢。",
            ),
        ),
        looking=(
            "我们正在分别了解双方的情况，会尽快给您一个正式的答复。",
            "已与当事同事谈话，正在核实经过，两天内答复您。",
        ),
        heard=(
            "{contact}讲述了当时的经过，{department}的同事觉得受到了不尊重。",
            "{contact}表示系统问题可以慢慢解决，但态度问题必须有个说法。",
        ),
        evidence=(
            ("热线通话录音摘要", "当时通话的时间和主要内容。"),
            ("项目组排班记录", "当事同事近一个月的工作时长。"),
        ),
        asks=("方便当面致歉的时间", "确认新的对接人选"),
        requests=(("安排一名资深顾问接替", "交付中心"),),
        criterion="回访时客户对我方人员的沟通方式表示满意",
    ),
    Sub.IMPATIENCE: Story(
        remedies=(
            "换一个有耐心的老师重新培训。",
            "当事人道歉，以后问问题要能得到认真回答。",
            "给我们的员工留足提问的时间。",
        ),
        impacts=(
            "员工不敢再提问，系统使用中的问题积压。",
            "培训效果差，很多人仍不会操作。",
        ),
        causes=(
            Cause(
                "培训安排过于紧凑，讲师为了赶进度没有留出提问时间。",
                fix="重新安排一次培训，每节留出提问时间",
                improve="培训计划按学员基础调整节奏",
                prevent="培训后收集学员反馈，作为讲师考核依据",
                escape="培训计划没有征求客户的意见。",
                factors=(
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "培训时间压缩"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "讲师赶进度"),
                ),
                told=("pm", "培训只排了半天，内容太多，是计划的问题。"),
                cues=("培训", "讲", "课"),
                responsibility=Resp.COMMUNICATION,
                lesson="培训的目的是学员学会，不是讲完。",
            ),
            Cause(
                "顾问同时处理多个现场问题，对反复询问的问题表现出不耐烦。",
                fix="当面致歉，并指定一名同事专门答疑",
                improve="整理常见问题手册发给客户",
                prevent="现场答疑和故障处理分开安排人员",
                escape="没有人注意到顾问一个人承担了太多事情。",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "现场人手不足"),),
                told=("consultant", "那几天同时在处理好几个现场问题，对反复问的问题确实不耐烦了。"),
                cues=("问", "热线", "回答", "打断", "电话", "快点", "忙"),
                responsibility=Resp.COMMUNICATION,
                lesson="一个人同时救火和答疑，两样都做不好。",
            ),
            Cause(
                "顾问没有意识到学员的电脑基础差异很大，用同一种方式讲解。",
                fix="由当事顾问致歉，并为需要的员工安排一对一辅导",
                improve="培训前了解学员的基础并分组",
                prevent="讲师上岗前进行成人培训技巧培训",
                escape="培训前没有了解学员情况。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "未考虑学员差异"),),
                told=("consultant", "没有想到学员的基础差别这么大，一直用同一种方式讲。"),
                cues=("年纪", "老", "学得慢", "基础", "听不懂"),
                responsibility=Resp.COMMUNICATION,
                lesson="讲不明白的时候，要换一种讲法，而不是提高嗓门。",
            ),
        ),
        looking=(
            "我们正在了解当时的情况，并重新安排培训计划。",
            "已与当事同事谈过，正在准备新的培训安排，会先请您确认。",
        ),
        heard=(
            "{contact}说{department}有不少年纪大的同事，学得慢，但很认真。",
            "{contact}希望培训能多给提问时间，最好配上操作练习。",
        ),
        evidence=(
            ("培训签到和日程", "培训的时间安排和内容。"),
            ("学员反馈表", "培训后学员填写的意见。"),
        ),
        asks=("参加重新培训的人员名单", "方便培训的时间段"),
        requests=(("一名培训讲师两天", "客户服务部"),),
        criterion="重新培训后学员反馈满意，答疑无投诉",
    ),
    Sub.ARROGANCE: Story(
        remedies=(
            "希望得到尊重，更换顾问。",
            "当事人道歉，并认真听取我们的业务要求。",
            "公司派负责人来沟通。",
        ),
        impacts=(
            "客户业务骨干不愿配合项目工作。",
            "客户对我方的专业判断失去信任。",
        ),
        causes=(
            Cause(
                "顾问对业务不够了解，却以产品的标准做法否定了实际需求。",
                fix="更换顾问，由项目经理亲自回访致歉",
                improve="顾问进场前学习客户的业务流程",
                prevent="顾问上岗前进行客户服务和倾听培训",
                escape="顾问进场前没有了解客户业务。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "轻视客户业务经验"),),
                told=(
                    "consultant",
                    "当时觉得产品的做法更合理，说话确实有些冲，没有考虑客户的感受。",
                ),
                cues=("业务", "流程", "不懂", "落后", "标准"),
                responsibility=Resp.COMMUNICATION,
                lesson="客户比我们更懂他们的业务，先听再说。",
            ),
            Cause(
                "顾问在听到不同意见时急于证明自己，说话方式居高临下。",
                fix="当事顾问当面致歉，并重新听取意见",
                improve="方案讨论会由项目经理主持",
                prevent="把客户评价纳入顾问的季度考核",
                escape="以前的客户反馈没有被认真对待。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "沟通居高临下"),),
                told=("pm", "{staff}业务能力不错，但和客户沟通的方式之前就有人提过。"),
                cues=("打断", "教", "居高临下", "不配", "看不起"),
                responsibility=Resp.COMMUNICATION,
                lesson="证明自己对，不如让客户觉得被听见。",
            ),
            Cause(
                "我方在已被提醒的风险上判断失误，又没有虚心接受，造成了后果。",
                fix="当面致歉，并按当初的提醒修正方案",
                improve="客户提出的风险必须书面记录并答复",
                prevent="方案评审邀请客户业务骨干参加",
                escape="客户的提醒只是口头提出，没有进入评审。",
                factors=(
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "忽视客户提醒"),
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "风险未记录"),
                ),
                told=("consultant", "客户当时提醒过这个风险，我们没当回事，结果真的出了问题。"),
                cues=("提醒", "说过", "早说", "结果"),
                responsibility=Resp.COMMUNICATION,
                lesson="客户的提醒要当作需求来对待。",
            ),
        ),
        looking=(
            "我们正在了解当时的经过，会给您一个正式的答复。",
            "已安排项目经理与您约时间面谈，在此之前当事顾问暂停现场工作。",
        ),
        heard=(
            "{contact}讲了事情的经过，{department}的骨干都在场，大家很有意见。",
            "{contact}表示他们在这个行业做了很多年，希望我们先听再下结论。",
        ),
        evidence=(
            ("会议纪要", "当时会议的议题和参会人员。"),
            ("客户此前的反馈记录", "客户对该顾问的历次意见。"),
        ),
        asks=("方便面谈的时间", "客户方希望参加面谈的人员"),
        requests=(("安排一名资深顾问接替", "交付中心"),),
        criterion="客户认可我方顾问的工作方式",
    ),
}

VOICE = Voice(
    found=(
        "我们分别听取了双方的情况：{cause}我们将在{date}前{fix}。",
        "经了解，{cause}对此我们深感抱歉，整改措施将在{date}前落实。",
    ),
    fixing=(
        "致歉的时间已与您的同事约好，整改安排同步准备中。",
        "我们已在内部做了通报，整改措施正在落实。",
    ),
    fixed=(
        "已完成：{fix}。感谢您给我们改正的机会。",
        "约定的整改都已落实，欢迎您随时监督。",
    ),
    watching=(
        "整改后本周沟通顺畅，没有再出现类似情况。",
        "培训和整改措施正在推进，回访时间会提前与您确认。",
    ),
    escalations=(
        "态度问题引起客户领导不满，需要部门负责人出面道歉。",
        "客户要求我方高层给出处理结果。",
    ),
    visits=(
        "回访时客户表示新的对接人沟通耐心，合作顺畅。",
        "客户接受了道歉，认可我们的处理方式。",
    ),
    visits_mixed=(
        "客户接受了道歉，但表示还要再观察一段时间。",
        "客户认可处理结果，希望今后不要再发生。",
    ),
    comments=("处理得很诚恳。", "沟通比以前顺畅多了。", "感谢重视。"),
    comments_mixed=("希望以后注意。", "态度有改善，继续观察。"),
    held=("近一个月客户没有再反映类似问题。", "回访时客户对沟通方式表示满意。"),
    failed=("客户又反映了一次类似的问题。", "客户对整改效果仍不满意。"),
    confirm=("确认致歉的时间和人员", "确认回访的时间"),
    cancelled=("客户认为已经足够，不必再安排。", "已并入公司统一培训计划。"),
)
