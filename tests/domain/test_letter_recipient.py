"""The letter's salutation and inside address from the customer's record (LETTERS.md)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.complaint import Case, Intake
from desktop.domain.customers import Contact, Customer
from desktop.domain.enums import CaseStatus, Language, Stage
from desktop.domain.letter import customer_language
from desktop.domain.letter_recipient import default_salutation, honorific, recipient_lines

ZH, EN = Language.ZH, Language.EN


def case(customer: str = "华信", contact: str = "") -> Case:
    now = datetime(2026, 11, 24, tzinfo=UTC)
    made = Case(1, "C-2026-0001", "", CaseStatus.OPEN, Stage.INTAKE, Stage.INTAKE, now, now)
    made.intake = Intake(customer=customer, contact_name=contact, complaint_text="报表错了")
    return made


HUAXIN = Customer(
    "华信银行股份有限公司",
    ("华信",),
    "",
    "杭州市西湖区文三路 1 号",
    (Contact("王芳", "经理"), Contact("欧阳娜娜", "Ms")),
    7,
)
NORTHWIND = Customer(
    "Northwind Traders Ltd",
    ("Northwind",),
    "en",
    "1 High Street\nLondon EC1A 1AA",
    (Contact("Dana Chen", "Ms"), Contact("Li Wei", "Operations Manager")),
    8,
)


def test_the_salutation_calls_the_contact_by_surname_and_title():
    assert default_salutation(case(contact="王芳"), ZH, HUAXIN) == "尊敬的王经理："
    assert default_salutation(case(contact="欧阳娜娜"), ZH, HUAXIN) == "尊敬的欧阳女士："
    assert default_salutation(case(), ZH, HUAXIN) == "尊敬的王经理："  # the first contact
    assert default_salutation(case("Northwind", "Dana Chen"), EN, NORTHWIND) == "Dear Ms Chen,"
    # 经理 has no English salutation, a job title none: the full name then
    assert default_salutation(case(contact="王芳"), EN, HUAXIN) == "Dear 王芳,"
    assert default_salutation(case("Northwind", "Li Wei"), EN, NORTHWIND) == "Dear Li Wei,"


def test_the_title_typed_at_the_intake_greets_the_contact_when_the_record_has_none():
    titled_case = case(contact="王建国")
    titled_case.intake.contact_title = "经理"
    assert default_salutation(titled_case, ZH) == "尊敬的王经理："
    assert default_salutation(titled_case, ZH, HUAXIN) == "尊敬的王经理："  # not on the record
    doctor = case("Northwind", "Dana Chen")
    doctor.intake.contact_title = "Dr"
    assert default_salutation(doctor, EN, NORTHWIND) == "Dear Dr Chen,"  # the case's title wins
    assert default_salutation(case("Northwind", "Dana Chen"), EN, NORTHWIND) == "Dear Ms Chen,"
    unknown = case("Northwind", "Sam Lee")
    unknown.intake.contact_title = "Mr"
    assert default_salutation(unknown, EN, NORTHWIND) == "Dear Mr Lee,"
    assert recipient_lines(unknown, EN, NORTHWIND)[0] == "Mr Sam Lee"


def test_without_a_record_or_a_title_the_salutation_is_as_before():
    assert default_salutation(case(contact="王芳"), ZH) == "尊敬的王芳："
    assert default_salutation(case(), ZH) == "华信："
    assert default_salutation(case(contact="张三"), ZH, HUAXIN) == "尊敬的张三："
    assert default_salutation(case(""), EN) == "Dear Sir or Madam,"


def test_the_inside_address_names_the_contact_the_organisation_and_its_address():
    lines = recipient_lines(case("Northwind", "Dana Chen"), EN, NORTHWIND)
    assert lines == ["Ms Dana Chen", "Northwind Traders Ltd", "1 High Street", "London EC1A 1AA"]
    lines = recipient_lines(case("Northwind", "Li Wei"), EN, NORTHWIND)
    assert lines[0] == "Li Wei, Operations Manager"
    assert recipient_lines(case(contact="王芳"), ZH, HUAXIN) == []


def test_the_records_document_language_comes_before_the_complaints():
    assert customer_language(case("Northwind"), NORTHWIND) is EN
    assert customer_language(case(), HUAXIN) is ZH
    assert customer_language(case()) is ZH


@pytest.mark.parametrize(
    ("organisation", "called"),
    [
        ("招商银行股份有限公司", "贵行"),
        ("上海农商银行张江支行", "贵行"),
        ("浙江省农村信用社联合社", "贵社"),
        ("复旦大学", "贵校"),
        ("北京协和医学院", "贵校"),
        ("上海交通大学医学院附属瑞金医院", "贵院"),
        ("华东医院（东院）", "贵院"),
        ("中国科学院上海分院", "贵院"),
        ("浦东新区税务局", "贵局"),
        ("浙江省教育厅", "贵厅"),
        ("苏州工业园区管理委员会", "贵委"),
        ("上海市经济和信息化委员会办公室", "贵单位"),
        ("长宁区人民政府", "贵单位"),
        ("华东制造有限公司", "贵公司"),
        ("格局科技有限公司", "贵公司"),  # 局 inside a company's name
        ("大学城物业公司", "贵公司"),
        ("", "贵公司"),
    ],
)
def test_a_chinese_letter_names_the_organisation_as_what_it_is(organisation, called):
    assert honorific(organisation) == called
