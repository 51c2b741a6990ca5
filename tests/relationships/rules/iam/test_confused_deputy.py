import pytest

from relationships.engine import evaluate
from relationships.rules.iam.confused_deputy import ConfusedDeputy

from ...designs import applied, design, role

RULE = [ConfusedDeputy()]


@pytest.mark.parametrize(
    "the_role",
    [role("rds.amazonaws.com"), role("lambda.amazonaws.com", source_account=False)],
)
def test_good(the_role):
    assert evaluate(design(Role=the_role), rules=RULE) == []


@pytest.mark.parametrize(
    "condition",
    [
        None,
        {"ArnLike": {"aws:SourceArn": "arn:aws:rds:*"}},
        {"StringEquals": {"aws:PrincipalTag/x": "y"}},
    ],
)
def test_rds_trust_without_source_account_gets_it(condition):
    the_role = role("monitoring.rds.amazonaws.com", source_account=False)
    if condition:
        the_role["properties"]["AssumeRolePolicyDocument"]["Statement"][0][
            "Condition"
        ] = condition
    document = design(Role=the_role)

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert (suggestion.kind, suggestion.severity) == ("fix", "warning")
    statement = fixed["components"]["Role"]["properties"]["AssumeRolePolicyDocument"][
        "Statement"
    ][0]
    assert statement["Condition"]["StringEquals"]["aws:SourceAccount"] == {
        "Ref": "AWS::AccountId"
    }
    assert evaluate(fixed, rules=RULE) == []
