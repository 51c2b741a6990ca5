import pytest

from designer.template.exceptions import InvalidLogicalId
from designer.template.logical_ids import make_logical_id, validate_logical_id


@pytest.mark.parametrize("value", ["A", "Cluster", "DBCluster2", "9Lives", "x" * 255])
def test_valid_logical_ids_pass(value):
    validate_logical_id(value)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("", "must not be empty"),
        ("My-Bucket", "'-'"),
        ("My Bucket", "' '"),
        ("My_Bucket", "'_'"),
        ("Caf\u00e9", "ASCII"),
        ("\u0661\u0662", "ASCII"),
        ("x" * 256, "at most 255"),
        (None, "must be a string"),
        (12, "must be a string"),
    ],
)
def test_invalid_logical_ids_say_which_rule_failed(value, fragment):
    with pytest.raises(InvalidLogicalId) as caught:
        validate_logical_id(value)
    assert fragment in caught.value.message
    assert caught.value.code == "invalid_logical_id"


def test_validate_logical_id_records_the_path():
    with pytest.raises(InvalidLogicalId) as caught:
        validate_logical_id("a-b", path="logical_id")
    assert caught.value.path == "logical_id"


@pytest.mark.parametrize(
    ("resource_type", "taken", "expected"),
    [
        ("AWS::RDS::DBCluster", set(), "DBCluster"),
        ("AWS::RDS::DBCluster", {"DBCluster"}, "DBCluster2"),
        ("AWS::RDS::DBCluster", {"DBCluster", "DBCluster2"}, "DBCluster3"),
        ("AWS::RDS::DBCluster", {"DBCluster2"}, "DBCluster"),
        ("Custom::My-Thing", set(), "MyThing"),
        ("My::Org::Widget::MODULE", set(), "Widget"),
        ("Custom::---", set(), "Resource"),
    ],
)
def test_make_logical_id(resource_type, taken, expected):
    assert make_logical_id(resource_type, taken) == expected


def test_make_logical_id_stays_valid_when_the_name_is_long():
    base = "A" * 255
    made = make_logical_id(f"X::Y::{base}", {base})
    validate_logical_id(made)
    assert made.endswith("2")
