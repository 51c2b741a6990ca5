import pytest

from relationships.catalog import get_catalog, reference_paths
from relationships.catalog.schemas import SchemaReader


@pytest.fixture(scope="module")
def catalog():
    return get_catalog()


def test_cluster_associated_roles_reference_the_role_arn():
    paths = {(ref.path, ref.format) for ref in reference_paths("AWS::RDS::DBCluster")}

    assert ("AssociatedRoles/*/RoleArn", "AWS::IAM::Role.Arn") in paths
    assert ("MonitoringRoleArn", "AWS::IAM::Role.Arn") in paths
    assert ("VpcSecurityGroupIds/*", "AWS::EC2::SecurityGroup.Id") in paths


def test_reference_paths_name_their_target_type_and_attribute():
    (arn,) = [
        ref
        for ref in reference_paths("AWS::RDS::DBCluster")
        if ref.path == "MonitoringRoleArn"
    ]

    assert arn.target_type == "AWS::IAM::Role"
    assert arn.attribute == "Arn"
    assert arn.description.startswith("The Amazon Resource Name")


def test_read_only_properties_hold_no_reference_paths():
    paths = [ref.path for ref in reference_paths("AWS::IAM::Role")]

    assert "Arn" not in paths


def test_unknown_type_has_no_reference_paths():
    assert reference_paths("AWS::Nope::Nothing") == ()


def test_reference_paths_over_the_whole_catalog(catalog):
    # Settable paths only; a definition reused under two properties counts
    # once per path. With cfn-lint 1.58.0 this is 1,727 paths in 578 types.
    per_type = {name: catalog.reference_paths(name) for name in catalog.types()}
    total = sum(len(paths) for paths in per_type.values())
    types = sum(1 for paths in per_type.values() if paths)

    assert 1500 < total < 2200
    assert 500 < types < 700


def test_nested_read_only_paths_hold_no_reference():
    reader = SchemaReader(
        {
            "readOnlyProperties": ["/properties/Secret/Arn"],
            "properties": {
                "Secret": {
                    "type": "object",
                    "properties": {
                        "Arn": {"type": "string", "format": "AWS::KMS::Key.Arn"},
                        "KeyId": {"type": "string", "format": "AWS::KMS::Key.Arn"},
                    },
                }
            },
        }
    )

    assert [ref.path for ref in reader.reference_paths()] == ["Secret/KeyId"]


def test_reference_paths_follow_every_branch_of_any_of():
    reader = SchemaReader(
        {
            "properties": {
                "Key": {
                    "anyOf": [
                        {"format": "AWS::KMS::Key.Arn"},
                        {"format": "AWS::KMS::Alias.AliasName"},
                    ]
                }
            }
        }
    )

    assert [ref.target_type for ref in reader.reference_paths()] == [
        "AWS::KMS::Key",
        "AWS::KMS::Alias",
    ]
