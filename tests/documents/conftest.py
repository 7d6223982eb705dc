from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.domain.complaint import Action, Compensation
from desktop.domain.enums import (
    ActionHorizon,
    ActionStatus,
    Channel,
    CompensationKind,
    ComplaintType,
    Responsibility,
    Severity,
    Subtype,
)
from desktop.domain.settings import Letterhead, Profile


def make_case(
    services,
    clock,
    customer="华信银行",
    contact="王建国",
    complaint="上周五系统升级后，三个月的报销数据丢失了！",
    actions=3,
    long_text="",
):
    services.settings.save_profile(
        Profile(
            "李明",
            "高级实施工程师",
            "云帆软件",
            "138 0013 8000",
            "liming@example.com",
            name_en="Li Ming",
            title_en="Senior Implementation Engineer",
            company_en="Yunfan Software",
        )
    )
    services.settings.save_letterhead(
        Letterhead(
            "云帆软件有限公司",
            "北京市海淀区中关村大街 1 号",
            company_en="Yunfan Software Co., Ltd.",
            address_en="1 Zhongguancun Street, Beijing",
        )
    )
    case = services.cases.create()
    services.cases.update_intake(
        case.id,
        customer=customer,
        contact_name=contact,
        complaint_text=complaint,
        received_at=clock.now - timedelta(days=3),
        severity=Severity.HIGH,
    )
    services.cases.classify(
        case.id,
        complaint_type=ComplaintType.TECHNICAL,
        subtype=Subtype.DATA_LOSS,
        responsibility=Responsibility.IMPLEMENTATION,
    )
    services.cases.record_first_response(case.id, clock.now - timedelta(days=2), Channel.PHONE)
    services.cases.set_investigation(case.id, root_cause="升级脚本跳过了备份校验")
    for number in range(actions):
        action_id = services.cases.add_part(
            case.id,
            Action(
                0,
                ActionHorizon.SHORT_TERM if number == 0 else ActionHorizon.LONG_TERM,
                f"措施{number + 1}：恢复并核对数据 {long_text}",
                "张伟",
                clock.now + timedelta(days=number),
            ),
        )
        if number == 0:
            services.cases.update_part(Action, action_id, status=ActionStatus.DONE)
    services.cases.add_part(case.id, Compensation(0, CompensationKind.TRAINING, "免费培训一次"))
    services.cases.set_fields(case.id, lesson_to_share="升级前强制执行备份校验清单")
    return services.cases.get(case.id)


@pytest.fixture
def chinese_case(services, clock):
    return make_case(services, clock)


@pytest.fixture
def english_case(services, clock):
    return make_case(
        services,
        clock,
        customer="Northwind Traders",
        contact="Sarah Miller",
        complaint="After the upgrade three months of claims are gone.",
    )
