import pytest

from designer.template.validation import validate_template
from relationships.catalog import (
    Attribute,
    ReferencePath,
    ResourceType,
    get_catalog,
    starter_properties,
)
from relationships.generic_references import (
    Candidate,
    apply_candidate,
    candidate_references,
)


@pytest.fixture(scope="module")
def catalog():
    return get_catalog()


def _by_id(candidates):
    return {candidate.id: candidate for candidate in candidates}


def test_cluster_to_role_offers_associated_roles_and_monitoring_role(catalog):
    candidates = _by_id(
        candidate_references(catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role")
    )

    assert set(candidates) >= {"AssociatedRoles/*/RoleArn", "MonitoringRoleArn"}
    monitoring = candidates["MonitoringRoleArn"]
    assert monitoring.title == "MonitoringRoleArn ← Role.Arn"
    assert monitoring.value("Role") == {"Fn::GetAtt": ["Role", "Arn"]}
    assert monitoring.explanation.startswith("The Amazon Resource Name (ARN)")
    assert monitoring.explanation.endswith(".")
    associated = candidates["AssociatedRoles/*/RoleArn"]
    assert associated.value("Role") == {"Fn::GetAtt": ["Role", "Arn"]}


def test_bucket_to_cluster_offers_nothing(catalog):
    assert candidate_references(catalog, "AWS::S3::Bucket", "AWS::RDS::DBCluster") == []


def test_unknown_types_offer_nothing(catalog):
    assert candidate_references(catalog, "AWS::Nope::Nothing", "AWS::IAM::Role") == []
    assert candidate_references(catalog, "AWS::RDS::DBCluster", "AWS::Nope::X") == []


def test_a_format_equal_to_the_ref_format_takes_ref(catalog):
    candidates = _by_id(
        candidate_references(catalog, "AWS::EC2::Subnet", "AWS::EC2::VPC")
    )

    assert candidates["VpcId"].value("Vpc") == {"Ref": "Vpc"}
    assert candidates["VpcId"].kind == "Ref"


class _FakeCatalog:
    """Hold one source type's reference paths and one target type."""

    def __init__(self, target, paths):
        self.target = target
        self.paths = paths

    def __contains__(self, type_name):
        return type_name == "Vendor::Source::Thing"

    def get(self, type_name):
        return self.target if type_name == self.target.type else None

    def reference_paths(self, type_name):
        return self.paths


def _role_without_ref_format():
    return ResourceType(
        type="AWS::IAM::Role",
        service="IAM",
        description="",
        documentation_url="",
        attributes=(Attribute("Arn", "AWS::IAM::Role.Arn"),),
        primary_identifier=("RoleName",),
    )


def _path(path, fmt):
    target, attribute = fmt.split(".")
    return ReferencePath(path=path, format=fmt, target_type=target, attribute=attribute)


def test_a_name_format_takes_ref_when_ref_returns_the_name_identifier():
    fake = _FakeCatalog(
        _role_without_ref_format(), (_path("Roles/*", "AWS::IAM::Role.Name"),)
    )

    (candidate,) = candidate_references(fake, "Vendor::Source::Thing", "AWS::IAM::Role")

    assert candidate.value("Role") == {"Ref": "Role"}
    assert candidate.title == "Roles[] ← Role.Name"


def test_a_format_naming_neither_attribute_nor_ref_offers_nothing():
    fake = _FakeCatalog(
        _role_without_ref_format(), (_path("Owner", "AWS::IAM::Role.Path"),)
    )

    assert candidate_references(fake, "Vendor::Source::Thing", "AWS::IAM::Role") == []


def test_candidate_ids_are_unique_per_path(catalog):
    candidates = candidate_references(catalog, "AWS::RDS::DBCluster", "AWS::KMS::Key")

    ids = [candidate.id for candidate in candidates]
    assert len(ids) == len(set(ids))
    assert "KmsKeyId" in ids


def test_a_plural_list_format_references_each_item(catalog):
    candidates = _by_id(
        candidate_references(catalog, "AWS::EC2::Instance", "AWS::EC2::SecurityGroup")
    )

    assert "SecurityGroupIds/*" in candidates
    assert "SecurityGroupIds" not in candidates


def _candidate(catalog, source, target, candidate_id):
    return _by_id(candidate_references(catalog, source, target))[candidate_id]


def test_apply_sets_a_scalar_path(catalog):
    candidate = _candidate(
        catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role", "MonitoringRoleArn"
    )
    properties = {"Engine": "aurora-postgresql", "MonitoringRoleArn": "old"}

    result = apply_candidate(properties, candidate, "Role")

    assert result["MonitoringRoleArn"] == {"Fn::GetAtt": ["Role", "Arn"]}
    assert result["Engine"] == "aurora-postgresql"
    assert properties["MonitoringRoleArn"] == "old"


def test_apply_appends_an_object_to_a_list_of_objects(catalog):
    candidate = _candidate(
        catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role", "AssociatedRoles/*/RoleArn"
    )
    existing = {"RoleArn": {"Fn::GetAtt": ["Other", "Arn"]}, "FeatureName": "s3Import"}

    result = apply_candidate({"AssociatedRoles": [existing]}, candidate, "Role")

    assert result["AssociatedRoles"] == [
        existing,
        {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}},
    ]


def test_apply_creates_a_missing_list(catalog):
    candidate = _candidate(
        catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role", "AssociatedRoles/*/RoleArn"
    )

    result = apply_candidate({}, candidate, "Role")

    assert result == {"AssociatedRoles": [{"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}]}


def test_apply_appends_a_scalar_to_a_list(catalog):
    candidate = _candidate(
        catalog,
        "AWS::RDS::DBCluster",
        "AWS::EC2::SecurityGroup",
        "VpcSecurityGroupIds/*",
    )

    result = apply_candidate({"VpcSecurityGroupIds": ["sg-1"]}, candidate, "Sg")

    assert result["VpcSecurityGroupIds"] == ["sg-1", {"Fn::GetAtt": ["Sg", "Id"]}]


def test_apply_does_not_duplicate_an_identical_reference(catalog):
    candidate = _candidate(
        catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role", "AssociatedRoles/*/RoleArn"
    )

    once = apply_candidate({}, candidate, "Role")
    twice = apply_candidate(once, candidate, "Role")

    assert twice == once


def test_apply_creates_intermediate_objects(catalog):
    candidate = _candidate(
        catalog, "AWS::RDS::DBCluster", "AWS::KMS::Key", "MasterUserSecret/KmsKeyId"
    )

    result = apply_candidate({}, candidate, "Key")

    assert result == {"MasterUserSecret": {"KmsKeyId": {"Fn::GetAtt": ["Key", "Arn"]}}}


def test_applied_references_validate_clean(catalog):
    cluster = starter_properties("AWS::RDS::DBCluster")
    for candidate in candidate_references(
        catalog, "AWS::RDS::DBCluster", "AWS::IAM::Role"
    ):
        cluster = apply_candidate(cluster, candidate, "Role")
    cluster["MonitoringInterval"] = 60
    template = {
        "Resources": {
            "Role": {
                "Type": "AWS::IAM::Role",
                "Properties": starter_properties("AWS::IAM::Role"),
            },
            "Db": {"Type": "AWS::RDS::DBCluster", "Properties": cluster},
        }
    }

    errors = [f for f in validate_template(template) if f.severity == "error"]

    assert errors == []


def test_candidate_as_dict_is_json_ready():
    candidate = Candidate(
        id="A/*",
        path="A/*",
        title="A[] ← Role.Arn",
        explanation="",
        target_type="AWS::IAM::Role",
        format="AWS::IAM::Role.Arn",
        kind="GetAtt",
        attribute="Arn",
    )

    assert candidate.as_dict()["id"] == "A/*"
    assert candidate.as_dict()["attribute"] == "Arn"
