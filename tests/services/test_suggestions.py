"""The suggestion learns from the user's own classifications, one per case, and forgets them
when asked."""

from __future__ import annotations

from desktop.domain.enums import ComplaintType, Severity, Subtype

SLOW = "月底报表查询太慢了，一张报表要等十几分钟"


def _case(services, text: str) -> int:
    case = services.cases.create()
    services.cases.update_intake(case.id, complaint_text=text)
    return case.id


def test_a_choice_other_than_the_suggestion_is_kept_and_one_that_agrees_is_not(services):
    case_id = _case(services, SLOW)
    suggested = services.suggestions.type_of(SLOW, case_id)
    assert suggested is not None and suggested.complaint_type is ComplaintType.TECHNICAL
    assert not services.suggestions.record_choice(
        case_id, SLOW, ComplaintType.TECHNICAL, suggested.subtype
    )
    assert services.suggestions.learned_count() == 0
    assert services.suggestions.record_choice(
        case_id, SLOW, ComplaintType.PROCESS, Subtype.SCHEDULE_DELAY
    )
    assert services.suggestions.learned_count() == 1
    # chosen again: still one per case
    assert services.suggestions.record_choice(case_id, SLOW, ComplaintType.PROCESS, None)
    assert services.suggestions.learned_count() == 1
    # back to the suggestion: forgotten
    services.suggestions.record_choice(case_id, SLOW, ComplaintType.TECHNICAL, None)
    assert services.suggestions.learned_count() == 0


def test_a_case_s_own_correction_does_not_echo_back_into_its_suggestion(services):
    case_id = _case(services, SLOW)
    before = services.suggestions.type_of(SLOW, case_id)
    services.suggestions.record_choice(case_id, SLOW, ComplaintType.ATTITUDE, None)
    assert services.suggestions.type_of(SLOW, case_id) == before


def test_forgetting_what_was_learned(services):
    for text in (SLOW, "查询一张库存报表要等五分钟"):
        case_id = _case(services, text)
        services.suggestions.record_choice(case_id, text, ComplaintType.ATTITUDE, None)
    assert services.suggestions.learned_count() == 2
    assert services.suggestions.forget_learned() == 2
    assert services.suggestions.learned_count() == 0


def test_a_deleted_case_takes_its_correction_with_it(services):
    case_id = _case(services, SLOW)
    services.suggestions.record_choice(case_id, SLOW, ComplaintType.ATTITUDE, None)
    services.trash.delete_case(case_id)
    assert services.suggestions.learned_count() == 0


def test_an_unset_severity_with_a_wide_impact_advises_escalation(services):
    case_id = _case(services, "今天早上开始全部门店都无法营业，收银系统打不开")
    reasons, _ = services.cases.escalation_advice(services.cases.get(case_id))
    assert "escalate.impact" in reasons
    services.cases.update_intake(case_id, severity=Severity.LOW)
    reasons, _ = services.cases.escalation_advice(services.cases.get(case_id))
    assert "escalate.impact" not in reasons
