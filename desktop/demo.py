"""Realistic demo cases in Chinese and English, deterministic for a seed.

The cases are built as plain domain objects here and written in bulk by the store, so that
100,000 of them take seconds, not minutes.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from desktop.domain import ledger
from desktop.domain.catalog import label
from desktop.domain.complaint import (
    Action,
    Case,
    Collaborator,
    Compensation,
    Escalation,
    Factor,
    Interview,
    ProgressUpdate,
    Survey,
    TimelineEvent,
    format_case_number,
)
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    CaseStatus,
    Channel,
    CheckResult,
    CommitmentKind,
    CompensationKind,
    EventKind,
    FactorKind,
    FactorNature,
    Language,
    Responsibility,
    Severity,
    Stage,
    Subtype,
)
from desktop.domain.goals import Goal
from desktop.domain.journal import Emotion, JournalEntry, Support
from desktop.domain.library import Lesson
from desktop.domain.settings import Deadlines


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


ZH_CUSTOMERS = [
    ("华信银行", "核心账务系统升级", "王建国", "信息科技部"),
    ("东方制造集团", "MES 生产执行系统", "李娜", "生产管理部"),
    ("明德中学", "智慧校园平台", "陈老师", "教务处"),
    ("长江物流", "仓储管理系统实施", "赵磊", "运营中心"),
    ("瑞康医院", "HIS 系统对接", "刘主任", "信息中心"),
    ("星海电商", "订单中台项目", "孙悦", "技术部"),
    ("北辰能源", "设备巡检 App", "周工", "运维部"),
    ("金桥保险", "理赔系统上线", "吴经理", "理赔部"),
    ("天和地产", "ERP 财务模块", "郑会计", "财务部"),
    ("云帆科技", "CRM 实施", "冯总", "销售部"),
]
EN_CUSTOMERS = [
    ("Northwind Traders", "ERP rollout", "Sarah Miller", "Finance"),
    ("Contoso Health", "Patient portal integration", "Dr. James Lee", "IT"),
    ("Fabrikam Logistics", "Warehouse system", "Tom Baker", "Operations"),
    ("Adventure Works", "E-commerce platform", "Emma Wilson", "Digital"),
    ("Tailspin Airlines", "Crew scheduling", "Raj Patel", "Flight Ops"),
    ("Litware Insurance", "Claims workflow", "Olivia Chen", "Claims"),
]

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

PROFILE = {
    "name": "李明",
    "title": "高级实施工程师",
    "company": "云帆软件有限公司",
    "phone": "138 0013 8000",
    "email": "liming@example.com",
    "name_en": "Li Ming",
    "title_en": "Senior Implementation Engineer",
    "company_en": "Yunfan Software Co., Ltd.",
}
LETTERHEAD = {
    "company": "云帆软件有限公司",
    "address": "北京市海淀区中关村大街 1 号 · 电话 010-8888 6666",
    "logo_path": "",
    "signature_path": "",
    "company_en": "Yunfan Software Co., Ltd.",
    "address_en": "1 Zhongguancun Street, Haidian District, Beijing · +86 10 8888 6666",
}
# what each kind of compensation looks like as an engineer records it: (description, value)
OFFERS = {
    CompensationKind.EXTENDED_MAINTENANCE: (("", "3个月"), ("", "three months")),
    CompensationKind.TRAINING: (
        ("一次报表操作培训", ""),
        ("a training session on the reports", ""),
    ),
    CompensationKind.ONSITE_SUPPORT: (("", "两天"), ("", "two days")),
    CompensationKind.DISCOUNT: (("下一年度维护费", "10%"), ("next year's maintenance fee", "10%")),
    CompensationKind.OTHER: (
        ("为贵公司增加一次上线前演练", ""),
        ("run an extra rehearsal before the next go-live", ""),
    ),
}
# the deadlines of Settings as shipped, on calendar hours
TERMS = ledger.Terms.of(Deadlines(), calendar=None)
_DEMO_NAMESPACE = uuid.UUID("6f1d0f2e-6b1a-4c55-9d5e-7a1e2d3c4b5a")
ZH_OWNERS = ["张伟", "李强", "王芳", "刘洋", "陈静", "杨帆"]
EN_OWNERS = ["Alex Kim", "Maria Garcia", "Ben Turner", "Chloe Martin"]


def generate(
    count: int, seed: int, now: datetime, last_numbers: dict[int, int] | None = None
) -> Iterator[Case]:
    """`count` cases received over the last 18 months, oldest first, the newest still open.

    `last_numbers` gives the last case number already used per year; numbering continues it.
    """
    rng = random.Random(seed)
    numbers = dict(last_numbers or {})
    span_hours = 18 * 30 * 24
    for index in range(count):
        age_hours = span_hours * (1 - index / max(count, 1)) ** 1.3 + rng.uniform(1, 6)
        recent = max(8, count // 50)
        if index >= count - recent:  # the last few arrived over the last three days
            age_hours = (count - index) / recent * 72 * rng.uniform(0.6, 1.0)
        received = now - timedelta(hours=age_hours)
        year = received.year
        numbers[year] = numbers.get(year, 0) + 1
        yield _one_case(rng, received, now, format_case_number(year, numbers[year]))


def _one_case(rng: random.Random, received: datetime, now: datetime, number: str) -> Case:
    chinese = rng.random() < 0.65
    customer, project, contact, department = rng.choice(ZH_CUSTOMERS if chinese else EN_CUSTOMERS)
    scenario = rng.choice(ZH_SCENARIOS if chinese else EN_SCENARIOS)
    owners = ZH_OWNERS if chinese else EN_OWNERS
    age = now - received
    stage = _stage_for_age(rng, age)
    closed = stage is Stage.CLOSE and rng.random() < 0.985
    severity = rng.choices(list(Severity), weights=[2, 5, 3, 1])[0]
    if scenario.subtype is Subtype.DATA_LOSS:
        severity = rng.choice([Severity.HIGH, Severity.CRITICAL])
    case = Case(
        id=0,
        number=number,
        uuid=str(uuid.uuid5(_DEMO_NAMESPACE, number)),
        status=CaseStatus.OPEN,  # until it is closed below: the ledger reads it
        stage=stage,
        last_page=stage,
        created_at=received,
        updated_at=received,
    )
    intake = case.intake
    intake.customer = customer
    intake.project = project
    intake.contact_name = contact
    intake.contact_phone = (
        f"1{rng.randint(3, 9)}{rng.randint(100000000, 999999999)}"
        if chinese
        else f"+44 20 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    )
    intake.contact_email = f"contact{rng.randint(1, 97)}@example.com"
    intake.channel = rng.choice(list(Channel))
    intake.received_at = received
    intake.complaint_text = scenario.complaint
    intake.requested_remedy = scenario.remedy
    intake.impact_departments = department
    intake.impact_users = str(rng.choice([5, 12, 30, 80, 200]))
    intake.severity = severity
    _record(case, ledger.Received(received))
    if stage >= Stage.CLASSIFY:
        case.classification.complaint_type = scenario.subtype.complaint_type
        case.classification.subtype = scenario.subtype
        case.classification.responsibility = scenario.responsibility
    if stage >= Stage.FIRST_RESPONSE:
        late = rng.random() < 0.12
        responded = received + timedelta(
            hours=rng.uniform(25, 40) if late else rng.uniform(0.5, 20)
        )
        responded = min(responded, now - timedelta(minutes=5))
        case.first_response.responded_at = responded
        case.first_response.channel = rng.choice([Channel.PHONE, Channel.EMAIL, Channel.IM])
        _record(case, ledger.Responded(responded))
        # progress updates every two days or so, until the case closed (or until now)
        sent = responded + timedelta(hours=rng.uniform(20, 60))
        until = min(now, received + timedelta(days=20)) if closed else now
        gap = (60, 120) if closed else (30, 52)
        while sent < until and len(case.updates) < (5 if closed else 40):
            update = ProgressUpdate(0, sent, Channel.EMAIL, _update_text(chinese))
            case.updates.append(update)
            _record(case, ledger.UpdateSent(sent, update.summary))
            sent += timedelta(hours=rng.uniform(*gap))
    if stage >= Stage.INVESTIGATE:
        case.investigation.root_cause = scenario.root_cause
        case.investigation.escape_point = (
            "验收测试未覆盖该场景。" if chinese else "The acceptance test did not cover this case."
        )
        case.factors.append(
            Factor(
                0,
                scenario.factor,
                FactorNature.SUBJECTIVE
                if scenario.factor is FactorKind.HUMAN_OVERSIGHT
                else FactorNature.OBJECTIVE,
            )
        )
        case.interviews.append(
            Interview(
                0,
                contact,
                "客户联系人" if chinese else "Customer contact",
                received + timedelta(days=1),
                scenario.complaint[:60],
            )
        )
    if stage >= Stage.PLAN:
        base = received + timedelta(days=2)
        for position, (horizon, text, days) in enumerate(
            [
                (ActionHorizon.SHORT_TERM, scenario.fix, 2),
                (
                    ActionHorizon.MID_TERM,
                    "优化相关配置与监控"
                    if chinese
                    else "Tune the configuration and add monitoring",
                    14,
                ),
                (ActionHorizon.LONG_TERM, scenario.prevention, 45),
            ]
        ):
            due = base + timedelta(days=days)
            status = ActionStatus.PLANNED
            done_at = None
            if closed or (due < now and rng.random() < 0.95):
                status = rng.choice([ActionStatus.DONE, ActionStatus.VERIFIED])
                done_at = min(due + timedelta(hours=rng.uniform(-30, 20)), now)
            elif due < now + timedelta(days=3) and rng.random() < 0.5:
                status = ActionStatus.IN_PROGRESS
            action = Action(
                position + 1,
                horizon,
                text,
                rng.choice(owners),
                due,
                status,
                done_at=done_at,
                position=position,
            )
            case.actions.append(action)
            _record(case, ledger.ActionChanged(base, action))
    escalated: list[TimelineEvent] = []
    if stage >= Stage.TEAM and severity in (Severity.HIGH, Severity.CRITICAL):
        at = received + timedelta(hours=6)
        case.escalations.append(
            Escalation(
                0, "项目总监" if chinese else "Delivery director", "", at, scenario.complaint[:80]
            )
        )
        case.collaborators.append(
            Collaborator(0, "研发部" if chinese else "R&D", rng.choice(owners))
        )
        escalated.append(TimelineEvent(0, at, EventKind.ESCALATED))
    if stage >= Stage.REPAIR:
        kind = rng.choice(list(CompensationKind))
        description, value = OFFERS[kind][0 if chinese else 1]
        case.compensations.append(Compensation(0, kind, description, value))
        if case.follow_up.due_at is None:  # the fix is not done: the visit is set by hand
            fixed = max((a.done_at for a in case.actions if a.done_at), default=received)
            visit = fixed + timedelta(days=TERMS.follow_up_days)
            _record(case, ledger.FollowUpScheduled(fixed, visit))
        visit_due = case.follow_up.due_at
        assert visit_due is not None
        if visit_due < now and rng.random() < 0.995:
            done = min(visit_due + timedelta(days=rng.uniform(-5, 3)), now)
            _record(case, ledger.FollowUpDone(done, done))
            case.follow_up.done_at = done
            case.follow_up.notes = (
                "客户对整改结果表示认可。" if chinese else "The customer is satisfied with the fix."
            )
            case.survey = Survey(
                csat=rng.choices([1, 2, 3, 4, 5], [1, 2, 4, 8, 6])[0],
                nps=rng.choices(range(11), [1, 1, 1, 1, 2, 2, 3, 5, 8, 7, 5])[0],
                surveyed_at=done,
            )
    if closed:
        closed_at = max(
            [received + timedelta(days=20)] + [a.done_at for a in case.actions if a.done_at]
        )
        case.closed_at = min(closed_at, now)
        case.summary = f"{scenario.root_cause} {scenario.fix} {scenario.prevention}"
        case.lesson_to_share = scenario.prevention
        _record(case, ledger.Closed(case.closed_at))
        case.status = CaseStatus.CLOSED
    _record_checks(random.Random(number), case, now, chinese)
    case.timeline = sorted([*case.timeline, *escalated], key=lambda event: event.at)
    case.updated_at = max(event.at for event in case.timeline)
    return case


RECENT = timedelta(days=10)  # a check this recently due may still wait to be recorded


def _record_checks(rng: random.Random, case: Case, now: datetime, chinese: bool) -> None:
    """Most checks past due are recorded, and most fixes hold; one fails only on a case still
    open (a failed check would reopen a closed one), which goes back to the plan. `rng` is
    the case's own, so the cases after it are what they were before checks were kept."""
    for index, action in enumerate(case.actions):
        check = next(
            (
                c
                for c in case.commitments
                if c.kind is CommitmentKind.EFFECTIVENESS_CHECK and c.source_id == action.id
            ),
            None,
        )
        if check is None or check.due_at >= now:
            continue
        if now - check.due_at < RECENT and rng.random() < 0.5:
            continue  # fell due lately: not got to yet (an old one would be a year overdue)
        at = min(check.due_at + timedelta(days=rng.uniform(-2, 4)), now)
        if not case.is_closed and rng.random() < 0.3:
            result = CheckResult.FAILED
            note = "问题再次出现。" if chinese else "The problem came back."
        else:
            result = CheckResult.HELD
            note = "未再出现。" if chinese else "It has not come back."
        action = replace(action, check_result=result, check_note=note, checked_at=at)
        case.actions[index] = action
        _record(case, ledger.CheckRecorded(at, action))


def _record(case: Case, event: ledger.Event) -> None:
    """The commitments and timeline as the app would have kept them: by the ledger's rules."""
    ledger.apply(case, ledger.changes(case, event, TERMS))


def _stage_for_age(rng: random.Random, age: timedelta) -> Stage:
    """How far a case has come depends on how old it is (in days), with some spread."""
    days = age / timedelta(days=1) * rng.uniform(0.7, 1.3)
    for limit, stage in (
        (0.3, Stage.INTAKE),
        (0.6, Stage.CLASSIFY),
        (1.5, Stage.FIRST_RESPONSE),
        (3, Stage.INVESTIGATE),
        (8, Stage.PLAN),
        (12, Stage.TEAM),
        (40, Stage.REPAIR),
    ):
        if days < limit:
            return stage
    return Stage.CLOSE


def _update_text(chinese: bool) -> str:
    return (
        "已定位问题原因，修复方案正在测试。"
        if chinese
        else "We found the cause; the fix is being tested."
    )


ZH_LINES = [
    "客户又打电话来了，心里有点慌。",
    "和导师聊了聊，感觉好多了。",
    "今天把回访做完了，客户挺满意。",
    "方案被否了，有点沮丧。",
    "按时给客户发了进展，心里踏实。",
    "晚上失眠，总想着那个投诉。",
]
EN_LINES = [
    "The customer called again; I felt on edge.",
    "Talked it through with my mentor.",
    "Follow-up visit done, the customer was pleased.",
    "Slept badly, kept replaying it.",
]


def journal_entries(seed: int, now: datetime, days: int = 90) -> Iterator[JournalEntry]:
    """About one entry every other day: distress high after complaints, easing with time."""
    rng = random.Random(seed)
    for day in range(days, 0, -1):
        if rng.random() < 0.5:
            continue
        moment = now - timedelta(days=day, hours=rng.uniform(0, 10))
        wave = 0.5 + 0.5 * math.sin(day / 9)
        unpleasant = rng.choice(
            [Emotion.ANXIOUS, Emotion.FRUSTRATED, Emotion.TIRED, Emotion.DISAPPOINTED]
        )
        pleasant = rng.choice([Emotion.CALM, Emotion.HOPEFUL, Emotion.RELIEVED])
        lines = ZH_LINES if rng.random() < 0.7 else EN_LINES
        yield JournalEntry(
            0,
            moment,
            [(unpleasant, int(30 + 50 * wave)), (pleasant, int(20 + 50 * (1 - wave)))],
            body=rng.choice(lines),
            talked_to=[Support.MENTOR] if rng.random() < 0.3 else [],
        )


def demo_goals(now: datetime) -> list[tuple[Goal, list[datetime]]]:
    """Three goals with a few weeks of check-ins (one week missed, one skipped)."""
    start = (now - timedelta(weeks=8)).date()
    start -= timedelta(days=start.weekday())
    goals = []
    for title, target, weeks in (
        ("本周完成一次高质量回访", 1, [1, 1, 0, 1, 1, 1, 1, 1, 1]),
        ("在团队会议上分享一个案例", 1, [1, 0, 1, 0, 1, 1, 0, 1, 0]),
        ("每天写一句心情日志", 5, [3, 5, 5, 2, 4, 5, 5, 3, 2]),
    ):
        checkins = [
            datetime.combine(
                start + timedelta(weeks=week, days=day), datetime.min.time(), now.tzinfo
            )
            + timedelta(hours=10)
            for week, count in enumerate(weeks)
            for day in range(count)
        ]
        goals.append((Goal(0, title, target, 7, start), [c for c in checkins if c < now]))
    return goals


def demo_lessons(now: datetime) -> list[Lesson]:
    """A lesson for each demo scenario, as if anonymised from a closed case; every third one
    came from a colleague's file."""
    lessons = []
    for index, scenario in enumerate([*ZH_SCENARIOS, *EN_SCENARIOS]):
        chinese = index < len(ZH_SCENARIOS)
        kind = scenario.subtype.complaint_type
        lessons.append(
            Lesson(
                id=0,
                uuid="",
                title=scenario.complaint.split("。")[0].split(". ")[0].rstrip(".！!"),
                complaint_type=kind,
                tags=[label(scenario.subtype, Language.ZH if chinese else Language.EN)],
                problem=scenario.complaint,
                root_cause=scenario.root_cause,
                solution=scenario.fix,
                prevention=scenario.prevention,
                origin=("张伟" if chinese else "Alex Chen") if index % 3 == 2 else "",
                created_at=now - timedelta(days=3 * index + 2),
                updated_at=now - timedelta(days=3 * index + 2),
            )
        )
    return lessons
