"""You have seen this before: closed cases and lessons found for a complaint being typed."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.enums import ActionHorizon, ActionStatus, CaseStatus
from desktop.domain.similarity import PrecedentKind


def closed_case(services, clock, complaint: str, cause: str, fix: str, lasting: str = ""):
    from desktop.domain.complaint import Action

    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer="华信银行",
        contact_name="王经理",
        received_at=clock.now - timedelta(days=3),
        complaint_text=complaint,
    )
    services.cases.set_investigation(case.id, root_cause=cause)
    for horizon, text in ((ActionHorizon.SHORT_TERM, fix), (ActionHorizon.LONG_TERM, lasting)):
        if text:
            services.cases.add_part(
                case.id, Action(0, horizon, text, status=ActionStatus.DONE, due_at=clock.now)
            )
    services.store.conn.execute("UPDATE cases SET status = 'closed' WHERE id = ?", (case.id,))
    return services.cases.get(case.id)


def test_a_closed_case_like_the_complaint_is_shown_with_its_cause_and_fix(services, clock):
    closed = closed_case(
        services,
        clock,
        "月底报表查询太慢了，一张报表要等十几分钟，业务部门意见很大。",
        "报表 SQL 缺少索引。",
        "为报表查询增加索引。",
        "上线前做性能测试。",
    )
    [found] = services.precedents.similar("报表查询特别慢，打开一张月底报表要十几分钟")
    assert (found.kind, found.id) == (PrecedentKind.CASE, closed.id)
    assert found.candidate.reference == closed.number
    assert found.candidate.root_cause == "报表 SQL 缺少索引。"
    assert found.candidate.fix == "为报表查询增加索引。"  # the short-term fix first


def test_open_cases_the_current_case_and_unrelated_text_are_never_shown(services, clock):
    text = "审批流程在第三步卡住，所有采购单都提交不了，系统崩溃好几次。"
    closed = closed_case(services, clock, text, "配置遗漏。", "补充配置。")
    still_open = services.cases.create()
    services.cases.update_intake(still_open.id, complaint_text=text)
    assert services.cases.get(still_open.id).status is not CaseStatus.CLOSED
    assert [p.id for p in services.precedents.similar(text)] == [closed.id]
    assert services.precedents.similar(text, current_case=closed.id) == []
    assert services.precedents.similar("请帮忙开通一个新的账号，谢谢") == []


def test_a_lesson_of_the_library_is_shown_with_its_solution(services):
    lesson = services.library.save(
        0,
        {
            "title": "Consultant rude to the customer's staff",
            "problem": "Your consultant was rude and impatient and kept interrupting our staff.",
            "root_cause": "The consultant was overloaded.",
            "solution": "Apologise in person and change the consultant.",
        },
    )
    [found] = services.precedents.similar("The consultant was very rude and impatient with us")
    assert (found.kind, found.id) == (PrecedentKind.LESSON, lesson.id)
    assert found.candidate.fix == "Apologise in person and change the consultant."
