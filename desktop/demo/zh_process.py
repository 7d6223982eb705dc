"""流程类投诉的演示文本（进度延误、文档缺失、变更混乱）。"""

from __future__ import annotations

from desktop.demo.story import Cause, Story, Voice
from desktop.domain.enums import FactorKind as F
from desktop.domain.enums import FactorNature as N
from desktop.domain.enums import Responsibility as Resp
from desktop.domain.enums import Subtype as Sub

STORIES = {
    Sub.SCHEDULE_DELAY: Story(
        remedies=(
            "给出一个能兑现的新计划，并按周汇报进度。",
            "说明延期原因，关键节点必须保证。",
            "增派人手，确保下个里程碑按期完成。",
        ),
        impacts=(
            "上线时间推迟，客户内部的相关安排被迫调整。",
            "业务部门仍在手工作业，预期的效率提升没有实现。",
        ),
        causes=(
            Cause(
                "需求范围在实施中多次调整，但我们没有随之重新评估工期，计划和实际逐渐脱节。",
                fix="重新评估范围，双方确认新的里程碑计划",
                improve="每次需求调整都附工期影响评估，由双方签字",
                prevent="项目计划每两周与客户复核一次",
                escape="计划只在启动时评估过一次，之后没有复核。",
                factors=(
                    (F.REQUIREMENT_CHANGED, N.OBJECTIVE, "需求范围多次调整"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "未重新评估工期"),
                ),
                told=("pm", "计划在启动后就没有更新过，几次范围调整都是口头确认的。"),
                cues=("需求", "范围", "变更", "加了", "改了"),
                responsibility=Resp.SHARED,
                lesson="范围变了，计划就得跟着变，而且要让客户看到。",
            ),
            Cause(
                "项目依赖的第三方设备和接口迟迟不到位，我们没有及时提出并推动解决，只是等待。",
                fix="列出全部外部依赖，逐项明确责任人和到位时间",
                improve="外部依赖每周跟踪，延误三天即上报",
                prevent="项目启动时识别外部依赖并写入计划",
                escape="外部依赖没有列入项目计划，延误了也没人发现。",
                factors=(
                    (F.COMMUNICATION_GAP, N.SUBJECTIVE, "未主动推动外部依赖"),
                    (F.RESOURCE_SHORTAGE, N.OBJECTIVE, "第三方资源未到位"),
                ),
                told=("consultant", "现场有几项工作一直在等第三方的设备和资料，我们没有及时上报。"),
                cues=("第三方", "厂家", "设备", "接口", "联调", "配合"),
                responsibility=Resp.SHARED,
                lesson="等别人的事也要有人盯，盯不住就要早说。",
            ),
            Cause(
                "关键实施人员中途被调往其他项目，接替的同事需要时间熟悉，进度因此拖后。",
                fix="调回原实施人员，并增派一名顾问赶进度",
                improve="关键人员调动须经客户同意并做好交接",
                prevent="核心项目实行人员锁定，至少到上线后一个月",
                escape="人员调动只在公司内部决定，没有评估对项目的影响。",
                factors=((F.RESOURCE_SHORTAGE, N.OBJECTIVE, "关键人员中途调离"),),
                told=("pm", "原来的顾问被临时调去支援别的项目，接手的同事还在熟悉情况。"),
                cues=("换人", "撤", "调走", "新来的", "换了"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="换人是最贵的延期原因。",
            ),
        ),
        looking=(
            "我们正在逐项核对计划与实际进度，本周内给您一份延误原因和新计划。",
            "项目组正在重新排定剩余工作，新的里程碑会先与您的项目组确认。",
        ),
        heard=(
            "{contact}说明了领导最关心的时间节点，以及延期对{department}的影响。",
            "{contact}提到内部已经多次调整安排，希望新的计划不要再变。",
        ),
        evidence=(
            ("项目计划与实际进度对比", "各里程碑计划时间与实际完成时间。"),
            ("需求调整记录", "实施期间的需求调整及确认方式。"),
        ),
        asks=("客户方可投入联调的人员安排", "第三方设备的到货时间"),
        requests=(("增派一名实施顾问", "交付中心"), ("研发排期优先支持", "研发部")),
        criterion="新计划的下一个里程碑按期完成",
    ),
    Sub.MISSING_DOCUMENTS: Story(
        remedies=(
            "一周内补齐文档，交付前先给我们看目录。",
            "给一份能照着操作的中文说明。",
            "补齐文档，并安排一次培训。",
        ),
        impacts=(
            "新员工上手慢，问题只能反复打电话咨询。",
            "客户内部检查缺少依据，无法通过审核。",
        ),
        causes=(
            Cause(
                "交付清单中遗漏了用户操作文档，项目收尾时没有逐项核对。",
                fix="补齐操作手册，并安排一次操作培训",
                improve="交付清单与合同附件逐项对照",
                prevent="验收前由客户按清单签收每一份文档",
                escape="验收时只验功能，没有验文档。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "交付时遗漏文档"),),
                told=("pm", "合同附件里列了文档，但收尾时没有对照清单检查。"),
                cues=("没给", "还没", "要了", "没有", "缺"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="文档也是交付物，要和功能一样验收。",
            ),
            Cause(
                "现有文档是通用版本，没有按现场的实际配置和流程编写，照着做对不上。",
                fix="按现场的实际配置重写相关章节",
                improve="文档模板中预留客户配置说明",
                prevent="文档交付前请客户关键用户试读",
                escape="文档没有经过实际使用人员的试读。",
                factors=((F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "文档要求未明确"),),
                told=("consultant", "给的是产品的通用文档，和客户的实际配置有不少出入。"),
                cues=("通用", "对不上", "机翻", "看不懂", "照着"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="给客户的文档要按客户的系统写，不能发通用版。",
            ),
            Cause(
                "系统多次更新后，文档没有同步修改，内容已经和现在的界面对不上。",
                fix="按当前版本更新文档，标明修改之处",
                improve="每次版本更新同时更新文档",
                prevent="发版检查单加入文档更新一项",
                escape="发版流程里没有文档这一步。",
                factors=((F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "文档未随版本更新"),),
                told=("product", "文档还是两个版本以前的，界面已经改过几次了。"),
                cues=("旧", "过时", "版本", "以前的"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="过时的文档比没有文档还误事。",
            ),
        ),
        looking=(
            "我们正在核对交付清单，确认缺少哪些文档，本周内给您一份目录和完成时间。",
            "文档的编写已经开始，会先发目录请您确认。",
        ),
        heard=(
            "{contact}列出了最急需的几份文档，{department}的新同事最需要操作说明。",
            "{contact}希望文档按他们的实际流程写，能直接照着做。",
        ),
        evidence=(
            ("合同交付清单", "合同约定的全部交付物。"),
            ("已交付文档清单", "已交付的文档及版本。"),
        ),
        asks=("最急需的文档清单", "可以试读文档的关键用户"),
        requests=(("技术文档工程师一周", "产品部"),),
        criterion="文档齐全，客户能按文档完成日常操作",
    ),
    Sub.CHANGE_CHAOS: Story(
        remedies=(
            "恢复到我们确认过的方案，以后变更必须书面确认。",
            "把所有变更列清楚，哪些要改回来由我们决定。",
            "建立变更流程，没有签字的变更一律不做。",
        ),
        impacts=(
            "实际流程和确认的方案不一致，业务人员无所适从。",
            "多次返工，客户内部对项目质量产生怀疑。",
        ),
        causes=(
            Cause(
                "变更没有走审批流程，现场口头沟通后就直接开发上线了。",
                fix="回退到确认过的版本，并补走变更审批",
                improve="所有变更使用统一的变更申请单",
                prevent="未经双方签字的变更不得上线",
                escape="上线检查时没有核对变更是否经过审批。",
                factors=(
                    (F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "需求口头确认"),
                    (F.HUMAN_OVERSIGHT, N.SUBJECTIVE, "未走变更审批"),
                ),
                told=("consultant", "当时客户现场的人口头提了，觉得改动不大就直接做了。"),
                cues=("口头", "没记录", "谁批", "没人说", "确认"),
                responsibility=Resp.SHARED,
                lesson="口头确认的变更，出了问题谁都说不清。",
            ),
            Cause(
                "人员更换后，新同事不了解之前确认过的方案，按自己的理解做了修改。",
                fix="恢复原方案，并与新同事一起逐项复核确认记录",
                improve="交接时必须移交全部确认记录",
                prevent="方案确认记录统一存档，修改前必须查阅",
                escape="交接只交接了代码，没有交接确认记录。",
                factors=((F.COMMUNICATION_GAP, N.SUBJECTIVE, "交接不完整"),),
                told=("pm", "接手的同事没看过之前的确认记录，按自己的理解改了。"),
                cues=("换", "新来的", "接手", "撤"),
                responsibility=Resp.IMPLEMENTATION,
                lesson="换人的时候，最容易丢的是以前的约定。",
            ),
            Cause(
                "双方对需求的理解不一致，确认时的描述过于笼统，开发出来的与期望的不同。",
                fix="双方逐条澄清需求，按澄清结果修改",
                improve="需求确认时附界面原型或示例",
                prevent="关键需求开发前做一次演示确认",
                escape="需求确认只有文字，没有原型。",
                factors=((F.UNCLEAR_REQUIREMENT, N.OBJECTIVE, "需求描述笼统"),),
                told=("product", "回看确认文件，描述确实笼统，两边各自理解成了不同的做法。"),
                cues=("理解", "不一样", "做成了", "以为"),
                responsibility=Resp.SHARED,
                lesson="需求要让客户看得见，光靠文字会理解偏。",
            ),
        ),
        looking=(
            "我们正在整理这段时间所有的改动，逐项对照之前的确认记录。",
            "改动清单已经整理出一半，会请您的项目组逐项确认保留还是恢复。",
        ),
        heard=(
            "{contact}说明了哪些地方和当初确认的不一样，{department}已经按新流程操作了几天。",
            "{contact}希望以后每一项改动都先书面确认。",
        ),
        evidence=(
            ("方案确认记录", "双方签字确认的方案和日期。"),
            ("版本改动清单", "上线版本与确认方案的差异。"),
        ),
        asks=("客户方对改动清单的确认意见", "有权确认变更的人员名单"),
        requests=(("研发人员协助回退", "研发部"),),
        criterion="此后的变更全部经过书面确认",
    ),
}

VOICE = Voice(
    found=(
        "我们复盘了项目过程：{cause}我们将在{date}前{fix}。",
        "原因已经查明：{cause}整改计划{date}前完成，届时向您汇报。",
    ),
    fixing=(
        "整改内容正在与贵方项目组逐项确认，目前进展顺利。",
        "本周的工作按整改安排推进，详细情况见附件。",
        "整改正在进行，完成后会请贵方确认。",
    ),
    fixed=(
        "已完成：{fix}。请贵方确认。",
        "约定的整改已经完成，后续按新的机制执行。",
    ),
    watching=(
        "本周各项整改按计划推进，没有出现新的问题。",
        "改进措施执行正常，有任何变化会第一时间告知。",
        "各项工作进展正常，回访时间会提前与贵方确认。",
    ),
    escalations=(
        "问题影响客户的整体安排，需要交付总监协调资源。",
        "客户领导要求我方高层给出书面承诺。",
    ),
    visits=(
        "回访时客户确认整改已经落实，对处理过程表示认可。",
        "客户认可新的工作方式，认为合作顺畅了很多。",
    ),
    visits_mixed=(
        "客户认可整改，但对之前发生的事仍有意见。",
        "有明显改善，客户希望我们保持现在的做法。",
    ),
    comments=("现在心里有底了。", "计划清楚，执行到位。", "整改很及时。"),
    comments_mixed=("希望不要再出现类似情况。", "比以前好，还要继续努力。"),
    held=("整改后的做法已执行一个月，效果良好。", "回访时客户确认改进有效。"),
    failed=("同样的问题又出现了一次。", "检查发现整改没有完全落实。"),
    confirm=("确认整改方案", "确认回访的时间"),
    cancelled=("客户决定暂不调整现有流程。", "已纳入下一期项目统一考虑。"),
)
