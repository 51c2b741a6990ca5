import pytest

from relationships.conditions import TrustsService
from relationships.index import DesignIndex

from ..designs import applied, component, design, role

CONDITION = TrustsService()
RDS = {"service": "rds.amazonaws.com"}


@pytest.mark.parametrize(
    ("the_role", "holds"),
    [
        (role("rds.amazonaws.com"), True),
        (role("lambda.amazonaws.com", "rds.amazonaws.com"), True),
        (role("monitoring.rds.amazonaws.com"), False),
        (component("AWS::IAM::Role"), False),
    ],
)
def test_holds(the_role, holds):
    assert CONDITION.holds(DesignIndex(design(Role=the_role)), "Role", RDS) is holds


def test_a_deny_statement_does_not_trust():
    the_role = role("rds.amazonaws.com")
    the_role["properties"]["AssumeRolePolicyDocument"]["Statement"][0]["Effect"] = (
        "Deny"
    )

    assert not CONDITION.holds(DesignIndex(design(Role=the_role)), "Role", RDS)


@pytest.mark.parametrize(
    "the_role", [role("lambda.amazonaws.com"), component("AWS::IAM::Role")]
)
def test_fix_makes_it_hold_and_keeps_other_services(the_role):
    document = design(Role=the_role)

    fixed = applied(document, CONDITION.fix(DesignIndex(document), "Role", RDS))

    assert CONDITION.holds(DesignIndex(fixed), "Role", RDS)
    before = DesignIndex(document).properties("Role").get("AssumeRolePolicyDocument")
    if before:
        services = fixed["components"]["Role"]["properties"][
            "AssumeRolePolicyDocument"
        ]["Statement"][0]["Principal"]["Service"]
        assert "lambda.amazonaws.com" in services
