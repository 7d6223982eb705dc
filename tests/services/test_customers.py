"""Customers as records: found by any name, validated, linked to their cases."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError


def test_a_customer_is_found_by_its_name_or_an_other_name_in_any_case(services):
    made = services.customers.create("Northwind Traders Ltd", "Northwind, NW", "en", "1 High St")
    assert services.customers.find("northwind").id == made.id
    assert services.customers.find(" NW ").id == made.id
    assert services.customers.find("Southwind") is None
    assert made.aliases == ("Northwind", "NW") and made.document_language == "en"
    assert [c.name for c in services.customers.search("wind")] == ["Northwind Traders Ltd"]
    assert "NW" in services.customers.completions()


def test_a_name_or_other_name_taken_by_another_customer_changes_nothing(services):
    services.customers.create("华信银行", "华信")
    other = services.customers.create("远航物流")
    with pytest.raises(ValidationError) as error:
        services.customers.update(other.id, "远航物流", "华信")
    assert error.value.field == "aliases" and error.value.code == "customer_taken"
    with pytest.raises(ValidationError) as error:
        services.customers.create("华信")
    assert error.value.field == "name"
    with pytest.raises(ValidationError):
        services.customers.update(other.id, "远航物流", document_language="fr")
    assert services.customers.get(other.id).aliases == ()


def test_contacts_are_added_changed_and_removed(services):
    customer = services.customers.create("华信银行")
    customer = services.customers.add_contact(customer.id, "王芳", "经理", "wang@hx.cn")
    (contact,) = customer.contacts
    assert (contact.name, contact.title) == ("王芳", "经理")
    with pytest.raises(ValidationError) as error:
        services.customers.update_contact(contact.id, "王芳", "经理", "not an address")
    assert error.value.field == "contact_email"
    customer = services.customers.update_contact(contact.id, "王芳", "总监", phone="0571-8888888")
    assert customer.contacts[0].title == "总监"
    assert services.customers.delete_contact(contact.id).contacts == ()


def test_the_intake_links_its_case_to_the_customer_an_alias_or_a_new_name_means(services):
    known = services.customers.create("华信银行", "华信")
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信")
    assert services.customers.of_case(case.id).id == known.id
    assert services.cases.get(case.id).intake.customer == "华信"  # as typed
    services.cases.update_intake(case.id, customer="远航")
    services.cases.update_intake(case.id, customer="远航物流")
    linked = services.customers.of_case(case.id)
    assert linked.name == "远航物流"
    # the half-typed name's record went; the known one stays though no case is linked
    assert services.customers.find("远航") is None
    assert services.customers.find("华信银行") is not None


def test_past_the_intake_the_person_who_complained_joins_the_customers_contacts(services):
    from desktop.domain.enums import Stage

    case = services.cases.create()
    for typed in ("王", "王芳"):  # autosaved as typed: nobody joins yet
        services.cases.update_intake(case.id, customer="华信银行", contact_name=typed)
    services.cases.update_intake(
        case.id, contact_email="wang@hx.cn", contact_phone="13800138000", contact_title="经理"
    )
    assert services.customers.of_case(case.id).contacts == ()
    services.cases.visit_page(case.id, Stage.CLASSIFY)
    services.cases.visit_page(case.id, Stage.FIRST_RESPONSE)
    (contact,) = services.customers.of_case(case.id).contacts
    assert (contact.name, contact.email, contact.phone) == ("王芳", "wang@hx.cn", "13800138000")
    assert contact.title == "经理"
    again = services.cases.create()
    services.cases.update_intake(again.id, customer="华信银行", contact_name=" 王芳 ")
    services.cases.visit_page(again.id, Stage.CLASSIFY)
    assert len(services.customers.of_case(again.id).contacts) == 1  # known already


def test_renaming_a_customer_keeps_its_calendar(services):
    from desktop.domain.working_time import CalendarSetting

    customer = services.customers.create("西湖数字")
    services.calendars.save("西湖数字", CalendarSetting())
    services.customers.update(customer.id, "杭州西湖数字科技集团有限公司", "西湖数字")
    assert services.calendars.customers() == ["杭州西湖数字科技集团有限公司"]


def test_a_case_typed_with_an_other_name_counts_on_its_customers_calendar(services):
    from desktop.domain.working_time import CalendarSetting, Counting

    services.customers.create("西湖数字", "西数")
    services.calendars.save("西湖数字", CalendarSetting(counting=Counting.WORKING))
    assert services.calendars.setting("西数") == services.calendars.setting("西湖数字")
    assert services.calendars.setting("远航物流") is None


def test_the_settings_aliases_are_the_records_other_names(services):
    services.settings.set_customer_aliases("华信银行", "华信, HX")
    assert services.customers.find("HX").name == "华信银行"
    assert services.settings.customer_aliases("华信") == ["华信银行", "HX"]
    services.settings.set_customer_aliases("华信", "HX")  # typed as an other name: it stays one
    assert services.customers.find("华信银行").aliases == ("华信", "HX")
    assert services.settings.all_customer_aliases() == {"华信银行": ["华信", "HX"]}


def test_the_letter_is_written_in_the_records_language_to_its_contacts_title(services):
    from desktop.domain.enums import Language

    customer = services.customers.create("Northwind Traders Ltd", "Northwind", "en")
    services.customers.add_contact(customer.id, "Dana Chen", "Ms")
    case = services.cases.create()
    case = services.cases.update_intake(
        case.id, customer="Northwind", contact_name="Dana Chen", complaint_text="报表数据错了"
    )
    assert services.documents.letter_language(case) is Language.EN
    draft = services.documents.letter_draft(case, Language.EN)
    assert draft.salutation == "Dear Ms Chen,"
    services.customers.update(customer.id, "Northwind Traders Ltd", "Northwind", "")
    assert services.documents.letter_language(case) is Language.ZH  # the complaint's again


def test_demo_cases_are_linked_to_customer_records(services):
    from desktop.services.demo import fill_demo

    fill_demo(services.store, services.clock, 40, 5)
    unlinked = services.store.conn.execute(
        "SELECT COUNT(*) FROM cases WHERE customer_id IS NULL AND TRIM(customer) != ''"
    ).fetchone()[0]
    assert unlinked == 0
    names = {c.name for c in services.customers.all()}
    typed = {row[0] for row in services.store.conn.execute("SELECT customer FROM cases")}
    assert typed - {""} <= names  # and the demo's other customers, with no case yet


def test_a_calendar_saved_under_an_other_name_is_kept_under_the_records_name(services):
    from desktop.domain.working_time import CalendarSetting

    services.customers.create("华信银行", "华信")
    services.calendars.save("华信", CalendarSetting())
    assert services.calendars.customers() == ["华信银行"]
    services.calendars.save(" 华信 ", None)
    assert services.calendars.customers() == []


def test_the_anonymiser_knows_the_records_names_and_contacts(services):
    customer = services.customers.create("杭州西湖数字科技集团有限公司", "西数")
    services.customers.add_contact(customer.id, "欧阳娜娜", "总监")
    everyone = services.library._everyone()
    assert "杭州西湖数字科技集团有限公司" in everyone.other_customers
    assert "西数" in everyone.aliases
    assert "欧阳娜娜" in everyone.other_contacts
