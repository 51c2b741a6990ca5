import pytest

from relationships.engine import evaluate
from relationships.rules.rds.monitoring_without_interval import (
    MonitoringWithoutInterval,
)

from ...designs import applied, cluster, design, getatt, role

RULE = [MonitoringWithoutInterval()]


@pytest.mark.parametrize(
    "properties",
    [
        {},
        {"MonitoringInterval": 30, "MonitoringRoleArn": getatt("Role")},
        {"MonitoringInterval": 0},
    ],
)
def test_good(properties):
    assert (
        evaluate(design(Cluster=cluster(**properties), Role=role()), rules=RULE) == []
    )


@pytest.mark.parametrize(
    "properties",
    [
        {"MonitoringRoleArn": getatt("Role")},
        {"MonitoringRoleArn": getatt("Role"), "MonitoringInterval": 0},
    ],
)
def test_role_without_interval_warns_with_both_ways_out(properties):
    document = design(Cluster=cluster(**properties), Role=role())

    (suggestion,) = evaluate(document, rules=RULE)

    assert (suggestion.kind, suggestion.severity) == ("warn", "warning")
    assert [choice.id for choice in suggestion.choices] == [
        "interval-60",
        "remove-role",
    ]
    for choice in suggestion.choices:
        assert evaluate(applied(document, choice.patch), rules=RULE) == []
