import pytest

from relationships.catalog import get_catalog
from relationships.catalog.schemas import (
    SchemaReader,
    first_sentence,
    json_type,
    parse_attribute_format,
)


@pytest.fixture(scope="module")
def cluster():
    return get_catalog().get("AWS::RDS::DBCluster")


def test_associated_roles_items_carry_the_role_arn_format(cluster):
    roles = cluster.get_property("AssociatedRoles")

    assert roles.type == "array"
    assert roles.item_type == "object"
    role_arn = next(child for child in roles.children if child.name == "RoleArn")
    assert role_arn.format == "AWS::IAM::Role.Arn"
    assert role_arn.required is True


def test_read_only_properties_are_attributes_not_properties(cluster):
    assert cluster.get_property("DBClusterArn") is None
    assert cluster.get_property("Endpoint") is None
    assert "DBClusterArn" in cluster.attribute_names()
    assert "Endpoint.Address" in cluster.attribute_names()
    assert "MasterUserSecret.SecretArn" in cluster.attribute_names()


def test_create_only_properties_are_flagged(cluster):
    assert "DBClusterIdentifier" in cluster.create_only
    assert cluster.get_property("DBClusterIdentifier").create_only is True
    assert cluster.get_property("Engine").create_only is False


def test_required_properties_come_first_then_alphabetical():
    function = get_catalog().get("AWS::Lambda::Function")
    names = [spec.name for spec in function.properties]

    assert names[:2] == ["Code", "Role"]
    assert all(spec.required for spec in function.properties[:2])
    assert not any(spec.required for spec in function.properties[2:])
    assert names[2:] == sorted(names[2:])


def test_enum_values_are_kept():
    bucket = get_catalog().get("AWS::S3::Bucket")

    access = bucket.get_property("AccessControl")
    assert access.type == "string"
    assert "Private" in access.enum
    assert bucket.get_property("BucketName").enum is None


def test_free_form_documents_are_json():
    role = get_catalog().get("AWS::IAM::Role")

    assert role.get_property("AssumeRolePolicyDocument").type == "json"


def test_ref_format_comes_from_the_ref_schema():
    catalog = get_catalog()

    assert catalog.get("AWS::S3::Bucket").ref_format == "AWS::S3::Bucket.Name"
    assert catalog.get("AWS::EC2::VPC").ref_format == "AWS::EC2::VPC.Id"
    assert catalog.get("AWS::IAM::Role").ref_format is None
    assert catalog.get("AWS::IAM::Role").primary_identifier == ("RoleName",)


def test_recursive_definitions_stop_instead_of_looping():
    reader = SchemaReader(
        {
            "properties": {"Rule": {"$ref": "#/definitions/Rule"}},
            "definitions": {
                "Rule": {
                    "type": "object",
                    "properties": {
                        "Name": {"type": "string"},
                        "Child": {"$ref": "#/definitions/Rule"},
                    },
                }
            },
        }
    )

    (rule,) = reader.property_specs()
    assert rule.type == "object"
    child = next(spec for spec in rule.children if spec.name == "Child")
    assert child.type == "json"
    assert child.children == ()


@pytest.mark.parametrize(
    ("node", "expected"),
    [
        ({"type": "string"}, "string"),
        ({"type": ["integer"]}, "integer"),
        ({"type": ["object", "string"]}, "json"),
        ({"type": "object"}, "json"),
        ({"type": "object", "properties": {"A": {}}}, "object"),
        ({"properties": {"A": {}}}, "object"),
        ({"items": {}}, "array"),
        ({"oneOf": [{"type": "string"}, {"type": "object"}]}, "json"),
        ({}, "json"),
    ],
)
def test_json_type_maps_schema_types_to_editor_types(node, expected):
    assert json_type(node) == expected


def test_parse_attribute_format_accepts_only_type_attribute_formats():
    assert parse_attribute_format("AWS::IAM::Role.Arn") == ("AWS::IAM::Role", "Arn")
    assert parse_attribute_format("AWS::EC2::VPC.Id") == ("AWS::EC2::VPC", "Id")
    assert parse_attribute_format("date-time") is None
    assert parse_attribute_format("AWS::IAM::Role") is None
    assert parse_attribute_format(None) is None


def test_first_sentence_stops_at_the_first_full_stop():
    text = "The ARN of the role.\n It grants access. See ``x``."

    assert first_sentence(text) == "The ARN of the role."
