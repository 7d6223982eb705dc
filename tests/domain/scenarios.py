"""Eighteen complaints with their cause, fix and prevention, hand-written once for the first
demo data: fixed texts for the tests of similarity and anonymisation."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.enums import FactorKind, Responsibility, Subtype


@dataclass(frozen=True)
class Scenario:
    subtype: Subtype
    complaint: str
    remedy: str
    root_cause: str
    fix: str
    prevention: str
    factor: FactorKind
    responsibility: Responsibility


ZH_SCENARIOS = [
    Scenario(
        Subtype.DATA_LOSS,
        "上周五晚上系统升级后，三个月的报销数据没了，财务月底结账受到严重影响！",
        "尽快恢复全部数据，并书面说明原因。",
        "升级脚本未执行数据备份校验，迁移时覆盖了历史表。",
        "从备份恢复数据并逐笔核对。",
        "升级前强制执行备份校验清单。",
        FactorKind.TECHNICAL_DEFECT,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.PERFORMANCE,
        "月底报表查询太慢了，一张报表要等十几分钟，业务部门意见很大。",
        "一周内把报表查询时间降到一分钟以内。",
        "报表 SQL 缺少索引，且在业务高峰期运行。",
        "为报表查询增加索引并调整执行计划。",
        "上线前增加性能测试与容量评估。",
        FactorKind.CONFIGURATION_ERROR,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.INTERFACE_ERROR,
        "和 HIS 的接口报错，挂号数据同步失败，窗口排起了长队。",
        "立即修复接口并补传数据。",
        "对方接口升级后字段变化，我方未收到变更通知。",
        "适配新字段并补传失败数据。",
        "与第三方建立接口变更通知机制。",
        FactorKind.COMMUNICATION_GAP,
        Responsibility.THIRD_PARTY,
    ),
    Scenario(
        Subtype.FUNCTION_FAILURE,
        "审批流程在第三步卡住，所有采购单都提交不了，系统崩溃好几次。",
        "今天之内恢复审批功能。",
        "流程引擎配置遗漏了会签节点的默认处理人。",
        "补充配置并重新发起卡住的流程。",
        "配置变更实行双人复核。",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.SLOW_RESPONSE,
        "问题提交了三天都没人回复，打电话也找不到负责的工程师。",
        "指定专人对接，24 小时内给出答复。",
        "工单分派规则失效，问题无人认领。",
        "指定专人跟进并每日通报。",
        "建立工单超时自动提醒和升级机制。",
        FactorKind.RESOURCE_SHORTAGE,
        Responsibility.COMMUNICATION,
    ),
    Scenario(
        Subtype.UNCLEAR_EXPLANATION,
        "问了好几次为什么数据对不上，工程师说不清楚，只说是系统原因。",
        "给出书面的原因说明。",
        "工程师对对账逻辑不熟悉，未查清就答复。",
        "与产品经理一起出具书面说明。",
        "对常见问题编写标准解释口径。",
        FactorKind.COMMUNICATION_GAP,
        Responsibility.COMMUNICATION,
    ),
    Scenario(
        Subtype.PERFUNCTORY,
        "每次反馈问题都是敷衍，说回去看看就没有下文了。",
        "给出明确的处理计划和时间表。",
        "缺少问题跟踪闭环，口头承诺未登记。",
        "把所有承诺登记在案并逐项跟进。",
        "所有对客户的承诺必须登记并设提醒。",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.COMMUNICATION,
    ),
    Scenario(
        Subtype.SCHEDULE_DELAY,
        "项目已经延期两个月了，进度一拖再拖，我们领导非常不满。",
        "给出可信的新计划并按周汇报进度。",
        "需求范围多次变更但未重新评估计划。",
        "重新评估范围并制定新的里程碑。",
        "变更必须经过影响评估和双方签字。",
        FactorKind.REQUIREMENT_CHANGED,
        Responsibility.SHARED,
    ),
    Scenario(
        Subtype.MISSING_DOCUMENTS,
        "系统都上线一个月了，操作手册和培训文档还没给我们。",
        "一周内交付完整文档。",
        "交付清单中遗漏了用户文档。",
        "补齐操作手册并安排培训。",
        "交付前对照验收清单逐项确认。",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.CHANGE_CHAOS,
        "需求变更没有记录，上线的功能和我们确认的不一样。",
        "恢复到确认过的版本。",
        "变更未走审批流程，口头确认后直接开发。",
        "回退到确认版本并补走变更流程。",
        "所有变更必须书面确认。",
        FactorKind.UNCLEAR_REQUIREMENT,
        Responsibility.SHARED,
    ),
    Scenario(
        Subtype.HARSH_TONE,
        "你们的工程师态度很差，语气生硬，还说是我们自己操作错了。",
        "要求道歉并更换对接人。",
        "工程师连续加班情绪紧张，沟通方式不当。",
        "当面道歉并调整对接安排。",
        "开展客户沟通培训，合理安排工作量。",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.COMMUNICATION,
    ),
    Scenario(
        Subtype.ARROGANCE,
        "现场的顾问很傲慢，不耐烦听我们说完就打断，说我们不懂系统。",
        "希望得到尊重，更换顾问。",
        "顾问缺乏倾听意识，对客户业务不了解。",
        "更换顾问并由项目经理亲自回访。",
        "顾问上岗前进行客户服务培训。",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.COMMUNICATION,
    ),
]

EN_SCENARIOS = [
    Scenario(
        Subtype.DATA_LOSS,
        "After Friday's upgrade three months of expense claims are gone. "
        "Month-end closing is blocked.",
        "Restore every record and explain in writing.",
        "The upgrade script skipped the backup check and overwrote the history table.",
        "Restore from backup and reconcile record by record.",
        "Make the backup checklist mandatory before every upgrade.",
        FactorKind.TECHNICAL_DEFECT,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.PERFORMANCE,
        "The month-end report is so slow that it takes fifteen minutes to open.",
        "Bring report time under one minute within a week.",
        "The report queries lack an index and run at peak hours.",
        "Add indexes and reschedule the heavy queries.",
        "Run load tests before go-live.",
        FactorKind.CONFIGURATION_ERROR,
        Responsibility.IMPLEMENTATION,
    ),
    Scenario(
        Subtype.INTERFACE_ERROR,
        "The interface to the billing system keeps failing with an "
        "error and invoices are not sent.",
        "Fix the interface today.",
        "The partner changed a field without telling us.",
        "Adapt to the new field and resend the failed invoices.",
        "Agree a change notice with the partner.",
        FactorKind.COMMUNICATION_GAP,
        Responsibility.THIRD_PARTY,
    ),
    Scenario(
        Subtype.SLOW_RESPONSE,
        "We reported the problem four days ago and got no reply at all. Nobody answers the phone.",
        "A named contact and an answer within 24 hours.",
        "The ticket routing rule was broken and the ticket sat unassigned.",
        "Assign an owner and send a daily status.",
        "Alert and escalate tickets that wait too long.",
        FactorKind.RESOURCE_SHORTAGE,
        Responsibility.COMMUNICATION,
    ),
    Scenario(
        Subtype.SCHEDULE_DELAY,
        "The project is two months late and the delay keeps growing.",
        "A realistic plan and weekly progress reports.",
        "Scope changed several times without re-planning.",
        "Re-plan the scope and agree new milestones.",
        "Assess the impact of every change and sign it off.",
        FactorKind.REQUIREMENT_CHANGED,
        Responsibility.SHARED,
    ),
    Scenario(
        Subtype.IMPATIENCE,
        "Your consultant was rude and impatient and kept interrupting our staff.",
        "An apology and a different consultant.",
        "The consultant was overloaded and did not listen.",
        "Apologise in person and change the on-site contact.",
        "Customer-communication training and fair workloads.",
        FactorKind.HUMAN_OVERSIGHT,
        Responsibility.COMMUNICATION,
    ),
]
