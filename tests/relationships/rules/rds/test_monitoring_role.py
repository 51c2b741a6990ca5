import pytest

from relationships.engine import evaluate
from relationships.rules.bindings.requirements import Requirements
from relationships.rules.rds.monitoring_role import MonitoringRole

from ...designs import applied, cluster, design, getatt, role

RULE = [MonitoringRole()]
POLICY = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"


@pytest.mark.parametrize(
    "properties",
    [
        {},
        {"MonitoringInterval": 0},
        {"MonitoringInterval": 60, "MonitoringRoleArn": getatt("Role")},
        {"MonitoringInterval": "5", "MonitoringRoleArn": getatt("Role")},
    ],
)
def test_good_monitoring(properties):
    document = design(Cluster=cluster(**properties), Role=role())

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(("interval", "nearest"), [(7, 5), (2, 1), (45, 30), (90, 60)])
def test_an_interval_rds_does_not_offer_is_fixed(interval, nearest):
    document = design(Cluster=cluster(MonitoringInterval=interval))

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.patch == [
        {
            "op": "add",
            "path": "/components/Cluster/properties/MonitoringInterval",
            "value": nearest,
        }
    ]


def test_an_interval_without_a_role_creates_one():
    document = design(Cluster=cluster(MonitoringInterval=60))

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert suggestion.kind == "create"
    created = fixed["components"]["ClusterMonitoringRole"]["properties"]
    statement = created["AssumeRolePolicyDocument"]["Statement"][0]
    assert statement["Principal"]["Service"] == ["monitoring.rds.amazonaws.com"]
    assert statement["Condition"] == {
        "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}}
    }
    assert created["ManagedPolicyArns"] == [
        {
            "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role"
            "/AmazonRDSEnhancedMonitoringRole"
        }
    ]
    cluster_properties = fixed["components"]["Cluster"]["properties"]
    assert cluster_properties["MonitoringRoleArn"] == getatt("ClusterMonitoringRole")
    assert evaluate(fixed, rules=[MonitoringRole(), Requirements()]) == []


def test_a_ready_role_is_offered_before_a_new_one():
    ready = role("monitoring.rds.amazonaws.com", ManagedPolicyArns=[POLICY])
    document = design(Cluster=cluster(MonitoringInterval=60), Ready=ready)

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.kind == "bind"
    assert [choice.id for choice in suggestion.choices] == ["use:Ready", "create"]
    assert suggestion.choices[0].patch == [
        {
            "op": "add",
            "path": "/components/Cluster/properties/MonitoringRoleArn",
            "value": getatt("Ready"),
        }
    ]


def test_an_rds_role_is_not_a_monitoring_role():
    document = design(
        Cluster=cluster(MonitoringInterval=60), Rds=role("rds.amazonaws.com")
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.kind == "create"
