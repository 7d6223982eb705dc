"""A customer record's fields, checked before they are kept."""

from __future__ import annotations

import pytest

from desktop.domain.customers import clean_contact, clean_customer
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
