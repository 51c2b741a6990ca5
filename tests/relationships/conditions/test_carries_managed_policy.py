import pytest

from relationships.conditions import CarriesManagedPolicy
from relationships.index import DesignIndex

from ..designs import applied, design, role

CONDITION = CarriesManagedPolicy()
PARAMS = {"policy": "service-role/AmazonRDSEnhancedMonitoringRole"}


@pytest.mark.parametrize(
    ("arns", "holds"),
    [
        (
            ["arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"],
            True,
        ),
        (
            ["arn:aws-cn:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"],
            True,
        ),
        (
            [
                {
                    "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role"
                    "/AmazonRDSEnhancedMonitoringRole"
                }
            ],
            True,
        ),
        (["arn:aws:iam::aws:policy/AmazonRDSEnhancedMonitoringRole"], False),
        (
            [
                "arn:aws:iam::123456789012:policy/service-role/AmazonRDSEnhancedMonitoringRole"
            ],
            False,
        ),
        (None, False),
    ],
)
def test_holds(arns, holds):
    properties = {} if arns is None else {"ManagedPolicyArns": arns}
    document = design(Role=role(**properties))

    assert CONDITION.holds(DesignIndex(document), "Role", PARAMS) is holds


@pytest.mark.parametrize("arns", [None, ["arn:aws:iam::aws:policy/ReadOnlyAccess"]])
def test_fix_appends_the_policy(arns):
    properties = {} if arns is None else {"ManagedPolicyArns": arns}
    document = design(Role=role(**properties))

    fixed = applied(document, CONDITION.fix(DesignIndex(document), "Role", PARAMS))

    assert CONDITION.holds(DesignIndex(fixed), "Role", PARAMS)
    assert (
        len(fixed["components"]["Role"]["properties"]["ManagedPolicyArns"])
        == len(arns or []) + 1
    )
