import pytest

from designer.template.exceptions import (
    DuplicateLogicalId,
    InvalidAttribute,
    InvalidComponent,
    InvalidLogicalId,
    TemplateError,
    TemplateInvalid,
    TemplateParseError,
    UnknownComponent,
)


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (TemplateError, "invalid_template"),
        (InvalidLogicalId, "invalid_logical_id"),
        (DuplicateLogicalId, "duplicate_logical_id"),
        (UnknownComponent, "unknown_component"),
        (InvalidAttribute, "invalid_attribute"),
        (InvalidComponent, "invalid_component"),
        (TemplateParseError, "parse_error"),
    ],
)
def test_each_error_has_its_stable_code(cls, code):
    error = cls("Bad.")
    assert issubclass(cls, TemplateError)
    assert error.as_dict() == {"code": code, "message": "Bad."}


def test_as_dict_includes_only_the_location_fields_that_are_set():
    error = TemplateParseError("Oops.", line=3, column=7)
    assert error.as_dict() == {
        "code": "parse_error",
        "message": "Oops.",
        "line": 3,
        "column": 7,
    }
    assert InvalidComponent("x", path="position.x").as_dict()["path"] == "position.x"


def test_code_can_be_overridden_per_instance():
    assert TemplateError("x", code="custom").code == "custom"
    assert TemplateError("x").code == "invalid_template"


def test_template_invalid_holds_every_error():
    errors = [InvalidLogicalId("a", path="logical_id"), InvalidComponent("b")]
    error = TemplateInvalid(errors)
    assert error.errors == errors
    assert error.code == "invalid_template"
    assert [item["code"] for item in error.as_dict()["errors"]] == [
        "invalid_logical_id",
        "invalid_component",
    ]
