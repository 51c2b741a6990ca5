import json

import pytest
import yaml

from designer.template.export import to_json, to_yaml
from designer.template.importer import parse_template


def test_to_json_keeps_key_order_and_ends_with_a_newline():
    text = to_json({"B": 1, "A": {"Z": [1, 2], "Y": "é"}})
    assert text.endswith("}\n")
    assert text.index('"B"') < text.index('"A"') and text.index('"Z"') < text.index(
        '"Y"'
    )
    assert text.splitlines()[1] == '  "B": 1,'
    assert json.loads(text) == {"B": 1, "A": {"Z": [1, 2], "Y": "é"}}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"Ref": "Vpc"}, "V: !Ref Vpc"),
        ({"Fn::GetAtt": ["Role", "Arn"]}, "V: !GetAtt Role.Arn"),
        ({"Fn::GetAtt": "Role.Arn"}, "V: !GetAtt Role.Arn"),
        ({"Fn::GetAtt": ["Db", "Endpoint.Address"]}, "V: !GetAtt Db.Endpoint.Address"),
        (
            {"Fn::GetAtt": ["Role", {"Ref": "Attr"}]},
            "V: !GetAtt\n- Role\n- !Ref Attr",
        ),
        ({"Fn::Sub": "${AWS::Region}-x"}, "V: !Sub ${AWS::Region}-x"),
        (
            {"Fn::Sub": ["${A}", {"A": {"Ref": "B"}}]},
            "V: !Sub\n- ${A}\n- A: !Ref B",
        ),
        ({"Fn::Join": ["", ["a", "b"]]}, "V: !Join\n- ''\n- - a\n  - b"),
        ({"Fn::Select": [0, {"Fn::GetAZs": ""}]}, "V: !Select\n- 0\n- !GetAZs ''"),
        ({"Fn::Split": [",", "a,b"]}, "V: !Split\n- ','\n- a,b"),
        (
            {"Fn::If": ["C", 1, {"Ref": "AWS::NoValue"}]},
            "V: !If\n- C\n- 1\n- !Ref AWS::NoValue",
        ),
        ({"Fn::Equals": ["a", "b"]}, "V: !Equals\n- a\n- b"),
        ({"Fn::And": [{"Condition": "A"}]}, "V: !And\n- !Condition A"),
        ({"Fn::Or": [{"Condition": "A"}]}, "V: !Or\n- !Condition A"),
        ({"Fn::Not": [{"Condition": "A"}]}, "V: !Not\n- !Condition A"),
        ({"Fn::FindInMap": ["M", "K", "V"]}, "V: !FindInMap\n- M\n- K\n- V"),
        ({"Fn::Base64": "x"}, "V: !Base64 x"),
        ({"Fn::Cidr": ["10.0.0.0/16", 6, 5]}, "V: !Cidr\n- 10.0.0.0/16\n- 6\n- 5"),
        ({"Fn::ImportValue": "Shared"}, "V: !ImportValue Shared"),
        ({"Fn::Transform": {"Name": "M"}}, "V: !Transform\n  Name: M"),
        ({"Fn::ToJsonString": {"a": 1}}, "V: !ToJsonString\n  a: 1"),
        ({"Fn::Length": [1, 2]}, "V: !Length\n- 1\n- 2"),
    ],
)
def test_intrinsics_use_short_form_tags(value, expected):
    text = to_yaml({"V": value})
    assert text == expected + "\n"
    assert parse_template(text)["V"] == _as_read(value)


def _as_read(value):
    """Return value as cfn-lint reads a short-form GetAtt: always a list."""
    if "Fn::GetAtt" in value and isinstance(value["Fn::GetAtt"], str):
        return {"Fn::GetAtt": value["Fn::GetAtt"].split(".", 1)}
    return value


@pytest.mark.parametrize(
    "value",
    [
        {"Ref": "A", "Other": 1},
        {"Fn::Base64": 5},
        {"Fn::GetAtt": {"Name": 1}},
    ],
)
def test_only_a_single_key_intrinsic_of_a_fitting_shape_becomes_a_tag(value):
    text = to_yaml({"V": value})
    assert "!" not in text
    assert parse_template(text)["V"] == value


@pytest.mark.parametrize(
    "value, written",
    [
        ({"Fn::Rain::Embed": "handler.py"}, "V: !Rain::Embed handler.py"),
        ({"Fn::Unknown": ["a", "b"]}, "V: !Unknown\n- a\n- b"),
    ],
)
def test_a_tag_cloudformation_lacks_is_written_back_as_that_tag(value, written):
    text = to_yaml({"V": value})

    assert written in text
    assert parse_template(text)["V"] == value


@pytest.mark.parametrize(
    "value",
    [
        "2010-09-09",
        "yes",
        "no",
        "on",
        "1.0",
        "null",
        "~",
        "0777",
        "1:30",
        "1e3",
        "true",
        "",
        "=",
        "0x1F",
        ".inf",
        "- a",
        "a: b",
        "#x",
        "!Ref X",
        "@x",
    ],
)
def test_strings_yaml_would_misread_stay_strings(value):
    text = to_yaml({"V": value, "L": [value], value or "k": 1})
    assert parse_template(text) == {"V": value, "L": [value], value or "k": 1}
    assert yaml.safe_load(text)["V"] == value


def test_multi_line_strings_are_literal_blocks():
    script = "#!/bin/bash\necho ${AWS::Region}\n"
    text = to_yaml({"UserData": {"Fn::Base64": {"Fn::Sub": script}}, "Plain": "a\nb"})
    assert text == (
        "UserData: !Base64\n"
        "  Fn::Sub: |\n"
        "    #!/bin/bash\n"
        "    echo ${AWS::Region}\n"
        "Plain: |-\n"
        "  a\n"
        "  b\n"
    )


def test_sub_multi_line_scalar_uses_a_literal_block():
    text = to_yaml({"V": {"Fn::Sub": "a\nb\n"}})
    assert text == "V: !Sub |\n  a\n  b\n"


def test_long_lines_are_not_wrapped_and_objects_are_not_aliased():
    shared = {"Key": "k"}
    long = "word " * 100
    text = to_yaml({"A": shared, "B": shared, "C": long.strip()})
    assert "&" not in text and "*" not in text
    assert len(text.splitlines()) == 5


@pytest.mark.parametrize("function", ["Fn::Contains", "Fn::EachMemberIn", "Fn::RefAll"])
def test_rules_functions_are_cloudformations_own_and_stay_long(function):
    from designer.template.importer import foreign_tags

    template = {"Rules": {"R": {"Assertions": [{"Assert": {function: ["a", "b"]}}]}}}

    assert foreign_tags(template) == []
    assert f"{function}:" in to_yaml(template)
    assert parse_template(to_yaml(template)) == template
