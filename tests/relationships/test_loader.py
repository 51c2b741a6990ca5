import shutil
import textwrap

import pytest

from relationships.exceptions import DefinitionError
from relationships.loader import DEFINITIONS_DIR, get_definitions, load_definitions

VALID = """\
id: sample
kind: edge
type: binding
subtype: permission
title: Sample
source: {type: AWS::RDS::DBCluster, when: [{property: Engine, in: [aurora-postgresql]}]}
target: {type: AWS::IAM::Role}
property: AssociatedRoles/*/RoleArn
value: {getatt: Arn}
requires:
  - {condition: trusts-service, service: rds.amazonaws.com}
explanation: Why.
docs: [https://docs.aws.amazon.com/]
"""


@pytest.fixture
def folder(tmp_path):
    shutil.copy(DEFINITIONS_DIR / "schema.json", tmp_path)
    return tmp_path


def write(folder, name, text):
    (folder / name).write_text(textwrap.dedent(text), encoding="utf-8")


def test_packaged_definitions_load():
    definitions = get_definitions()

    assert {
        "rds-cluster-associated-role",
        "rds-cluster-monitoring-role",
        "rds-cluster-domain-role",
    } <= set(definitions)
    monitoring = definitions["rds-cluster-monitoring-role"]
    assert monitoring.segments == ("MonitoringRoleArn",)
    assert monitoring.reference("Role") == {"Fn::GetAtt": ["Role", "Arn"]}
    assert definitions["rds-cluster-domain-role"].reference("Role") == {"Ref": "Role"}


def test_a_valid_file_becomes_a_definition(folder):
    write(folder, "sample.yaml", VALID)

    (definition,) = load_definitions(folder)

    assert definition.file == "sample.yaml"
    assert definition.source.matches(
        {"type": "AWS::RDS::DBCluster", "properties": {"Engine": "aurora-postgresql"}}
    )
    assert not definition.source.matches(
        {"type": "AWS::RDS::DBCluster", "properties": {"Engine": "aurora-mysql"}}
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (VALID.replace("kind: edge", "kind: loop"), "kind: 'loop' is not one of"),
        (
            VALID.replace("docs: [https://docs.aws.amazon.com/]", "docs: []"),
            "docs: [] should be non-empty",
        ),
        (
            VALID.replace("condition: trusts-service", "condition: trusts-nobody"),
            "unknown condition 'trusts-nobody'",
        ),
        (
            VALID.replace(", service: rds.amazonaws.com", ""),
            "condition 'trusts-service' needs 'service'",
        ),
        (
            VALID.replace("property: AssociatedRoles/*/RoleArn\n", ""),
            "'property' is a dependency of 'value'",
        ),
        ("id: [unclosed\n", "not valid YAML"),
    ],
)
def test_a_bad_file_is_named_with_its_reason(folder, text, reason):
    write(folder, "bad.yaml", text)

    with pytest.raises(DefinitionError) as raised:
        load_definitions(folder)

    assert any(
        name == "bad.yaml" and reason in why for name, why in raised.value.problems
    ), raised.value.problems
    assert "bad.yaml" in str(raised.value)


def test_every_problem_is_collected_before_raising(folder):
    write(folder, "a.yaml", VALID)
    write(folder, "b.yaml", VALID)
    write(folder, "c.yaml", VALID.replace("kind: edge", "kind: loop"))

    with pytest.raises(DefinitionError) as raised:
        load_definitions(folder)

    names = [name for name, _ in raised.value.problems]
    assert names == ["b.yaml", "c.yaml"]
