"""Settings › Customers, driven through its widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.domain.enums import Language
from desktop.views.settings import SettingsView
from tests.typing import type_text


@pytest.fixture
def tab(qtbot, services):
    view = SettingsView(services, Language.EN)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentIndex(view.tabs.indexOf(view.customers_tab.parentWidget().parentWidget()))
    yield view.customers_tab  # the view lives while the test runs


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_customer_is_typed_saved_and_listed(tab, qtbot, services):
    click(qtbot, tab.new_button)
    type_text(qtbot, tab.name, "Northwind Traders Ltd")
    type_text(qtbot, tab.aliases, "Northwind, NW")
    tab.document_language.setCurrentIndex(tab.document_language.findData("en"))
    type_text(qtbot, tab.address, "1 High Street")
    click(qtbot, tab.save_button)
    saved = services.customers.find("NW")
    assert saved.name == "Northwind Traders Ltd"
    assert (saved.aliases, saved.document_language) == (("Northwind", "NW"), "en")
    assert saved.address == "1 High Street"
    assert [tab.list.item(row).text() for row in range(tab.list.count())] == [saved.name]
    assert tab.list.currentItem().text() == saved.name


def test_a_name_another_customer_has_is_said_beside_the_field_and_nothing_changes(
    tab, qtbot, services
):
    services.customers.create("华信银行", "华信")
    other = services.customers.create("远航物流")
    tab.refresh()
    tab.select("远航物流")
    assert tab.name.text() == "远航物流"
    type_text(qtbot, tab.aliases, "华信")
    click(qtbot, tab.save_button)
    assert "华信" in tab.form.error_text("aliases")
    assert services.customers.get(other.id).aliases == ()
    tab.name.clear()
    click(qtbot, tab.save_button)
    assert tab.form.error_text("name")


def test_contacts_are_added_edited_and_removed_in_the_tab(tab, qtbot, services, monkeypatch):
    services.customers.create("华信银行")
    tab.refresh()
    tab.select("华信银行")
    type_text(qtbot, tab.contact_name, "王芳")
    type_text(qtbot, tab.contact_title, "经理")
    type_text(qtbot, tab.contact_email, "not an address")
    click(qtbot, tab.add_contact_button)
    assert tab.contact_form.error_text("contact_email")
    assert services.customers.find("华信银行").contacts == ()
    tab.contact_email.clear()
    type_text(qtbot, tab.contact_email, "wang@hx.example.cn")
    click(qtbot, tab.add_contact_button)
    assert tab.contacts.rowCount() == 1
    assert tab.contacts.item(0, 1).text() == "经理"
    tab.contacts.selectRow(0)
    assert tab.contact_name.text() == "王芳"
    tab.contact_title.clear()
    type_text(qtbot, tab.contact_title, "总监")
    click(qtbot, tab.save_contact_button)
    assert services.customers.find("华信银行").contacts[0].title == "总监"
    tab.contacts.selectRow(0)
    click(qtbot, tab.remove_contact_button)  # asked first; the answer in tests is No
    assert len(services.customers.find("华信银行").contacts) == 1
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    click(qtbot, tab.remove_contact_button)
    assert services.customers.find("华信银行").contacts == ()
    assert tab.contacts.rowCount() == 0


def test_deleting_a_customer_keeps_its_cases_names(tab, qtbot, services, monkeypatch):
    case = services.cases.create()
    services.cases.update_intake(case.id, customer="华信银行")
    tab.refresh()
    tab.select("华信银行")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click(qtbot, tab.delete_button)
    assert services.customers.find("华信银行") is None
    assert tab.list.count() == 0
    assert services.cases.get(case.id).intake.customer == "华信银行"


def test_the_search_finds_customers_by_an_other_name(tab, qtbot, services):
    services.customers.create("华信银行", "HX")
    services.customers.create("远航物流")
    tab.refresh()
    type_text(qtbot, tab.search, "hx")
    assert [tab.list.item(row).text() for row in range(tab.list.count())] == ["华信银行"]
