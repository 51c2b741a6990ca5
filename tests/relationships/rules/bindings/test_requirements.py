import pytest

from relationships.engine import evaluate
from relationships.rules.bindings.requirements import Requirements

from ...designs import applied, cluster, design, getatt, role

RULE = [Requirements()]
MONITORING = {
    "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role"
    "/AmazonRDSEnhancedMonitoringRole"
}
DIRECTORY = "arn:aws:iam::aws:policy/service-role/AmazonRDSDirectoryServiceAccess"


@pytest.mark.parametrize(
    ("properties", "the_role"),
    [
        ({"AssociatedRoles": [{"RoleArn": getatt("Role")}]}, role("rds.amazonaws.com")),
        (
            {"MonitoringInterval": 60, "MonitoringRoleArn": getatt("Role")},
            role("monitoring.rds.amazonaws.com", ManagedPolicyArns=[MONITORING]),
        ),
        (
            {"Domain": "d-1", "DomainIAMRoleName": {"Ref": "Role"}},
            role(
                "rds.amazonaws.com",
                "directoryservice.rds.amazonaws.com",
                ManagedPolicyArns=[DIRECTORY],
            ),
        ),
    ],
)
def test_ready_roles_need_nothing(properties, the_role):
    document = design(Cluster=cluster(**properties), Role=the_role)

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(
    ("properties", "the_role", "services", "managed"),
    [
        (
            {"AssociatedRoles": [{"RoleArn": getatt("Role")}]},
            role("lambda.amazonaws.com"),
            {"lambda.amazonaws.com", "rds.amazonaws.com"},
            None,
        ),
        (
            {"MonitoringInterval": 60, "MonitoringRoleArn": getatt("Role")},
            role("rds.amazonaws.com"),
            {"rds.amazonaws.com", "monitoring.rds.amazonaws.com"},
            "service-role/AmazonRDSEnhancedMonitoringRole",
        ),
        (
            {"Domain": "d-1", "DomainIAMRoleName": {"Ref": "Role"}},
            role("ec2.amazonaws.com"),
            {
                "ec2.amazonaws.com",
                "rds.amazonaws.com",
                "directoryservice.rds.amazonaws.com",
            },
            "service-role/AmazonRDSDirectoryServiceAccess",
        ),
    ],
)
def test_missing_trust_and_policy_are_added_in_one_patch(
    properties, the_role, services, managed
):
    document = design(Cluster=cluster(**properties), Role=the_role)

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert suggestion.kind == "fix"
    role_properties = fixed["components"]["Role"]["properties"]
    trusted = set()
    for statement in role_properties["AssumeRolePolicyDocument"]["Statement"]:
        trusted.update(statement["Principal"]["Service"])
    assert trusted == services
    if managed:
        assert role_properties["ManagedPolicyArns"] == [
            {"Fn::Sub": f"arn:${{AWS::Partition}}:iam::aws:policy/{managed}"}
        ]
    assert evaluate(fixed, rules=RULE) == []
