import pytest

from relationships.engine import evaluate
from relationships.rules.bindings.value_kind import ValueKind

from ...designs import applied, cluster, design, getatt, role

RULE = [ValueKind()]


@pytest.mark.parametrize(
    "properties",
    [
        {"AssociatedRoles": [{"RoleArn": getatt("Role"), "FeatureName": "s3Import"}]},
        {"AssociatedRoles": [{"RoleArn": {"Fn::GetAtt": "Role.Arn"}}]},
        {"MonitoringRoleArn": {"Fn::Sub": "${Role.Arn}"}, "MonitoringInterval": 60},
        {"Domain": "d-1234567890", "DomainIAMRoleName": {"Ref": "Role"}},
    ],
)
def test_good_bindings_get_no_fix(properties):
    document = design(Cluster=cluster(**properties), Role=role())

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(
    ("properties", "path", "expected"),
    [
        (
            {"AssociatedRoles": [{"RoleArn": {"Ref": "Role"}}]},
            "/components/Cluster/properties/AssociatedRoles/0/RoleArn",
            getatt("Role"),
        ),
        (
            {"MonitoringRoleArn": {"Ref": "Role"}, "MonitoringInterval": 60},
            "/components/Cluster/properties/MonitoringRoleArn",
            getatt("Role"),
        ),
        (
            {"Domain": "d-1234567890", "DomainIAMRoleName": getatt("Role")},
            "/components/Cluster/properties/DomainIAMRoleName",
            {"Ref": "Role"},
        ),
    ],
)
def test_wrong_intrinsic_is_rewritten(properties, path, expected):
    document = design(Cluster=cluster(**properties), Role=role())

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.kind == "fix"
    assert suggestion.severity == "error"
    assert suggestion.components == ["Cluster", "Role"]
    assert suggestion.patch == [{"op": "add", "path": path, "value": expected}]
    assert evaluate(applied(document, suggestion.patch), rules=RULE) == []
