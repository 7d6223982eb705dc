"""Things the tests make again and again: a case received two hours ago, with its complaint."""

from __future__ import annotations

from datetime import timedelta

from desktop.domain.complaint import Case


def a_received_case(
    services, clock, text: str = "系统崩溃，三个月的数据丢失了！", customer: str = "华信银行"
) -> Case:
    case = services.cases.create()
    return services.cases.update_intake(
        case.id,
        customer=customer,
        contact_name="王经理",
        received_at=clock.now - timedelta(hours=2),
        complaint_text=text,
    )
