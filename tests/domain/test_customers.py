"""A customer record's fields, checked before they are kept."""

from __future__ import annotations

import pytest

from desktop.domain.customers import Contact, Customer, clean_contact, clean_customer, new_contact
from desktop.domain.errors import ValidationError


def test_names_are_trimmed_and_other_names_kept_once_in_any_case():
    assert clean_customer("  Northwind   Traders ", "NW, nw, northwind traders, NW") == (
        "Northwind Traders",
        ["NW"],
        "",
        "",
    )


@pytest.mark.parametrize(
    ("values", "field"),
    [
        (("",), "name"),
        (("x" * 201,), "name"),
        (("华信银行", "", "fr"), "document_language"),
        (("华信银行", ["x" * 101]), "aliases"),
    ],
)
def test_bad_fields_are_named(values, field):
    with pytest.raises(ValidationError) as error:
        clean_customer(*values)
    assert error.value.field == field


def test_a_contact_needs_a_name_and_a_real_address():
    with pytest.raises(ValidationError) as error:
        clean_contact(" ", "经理")
    assert error.value.field == "contact_name"
    with pytest.raises(ValidationError) as error:
        clean_contact("王芳", "经理", "wang@")
    assert error.value.field == "contact_email"
    assert clean_contact(" 王芳 ", " 经理 ").title == "经理"


def test_a_new_contact_is_one_the_record_does_not_know_yet():
    known = Customer("Northwind", contacts=(Contact("Mary  Major"),))
    assert new_contact(known, "mary major") is None
    assert new_contact(known, "   ") is None
    assert new_contact(known, "x" * 101) is None  # too long to keep: left out, never an error
    fresh = new_contact(known, "John Doe", email="not-yet@", phone="555 0100")
    assert fresh is not None and (fresh.name, fresh.email) == ("John Doe", "")
    assert fresh.phone.replace(" ", "") == "5550100"
