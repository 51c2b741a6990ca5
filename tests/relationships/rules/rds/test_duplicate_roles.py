import pytest

from relationships.engine import evaluate
from relationships.rules.rds.duplicate_roles import DuplicateRoles

from ...designs import applied, cluster, design, getatt, role

RULE = [DuplicateRoles()]


def test_distinct_roles_and_features_are_fine():
    entries = [
        {"RoleArn": getatt("A"), "FeatureName": "s3Import"},
        {"RoleArn": getatt("B"), "FeatureName": "s3Export"},
    ]
    document = design(Cluster=cluster(AssociatedRoles=entries), A=role(), B=role())

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(
    "entries",
    [
        [
            {"RoleArn": getatt("A"), "FeatureName": "s3Import"},
            {"RoleArn": getatt("A"), "FeatureName": "s3Export"},
        ],
        [
            {"RoleArn": getatt("A"), "FeatureName": "s3Import"},
            {"RoleArn": getatt("B"), "FeatureName": "s3Import"},
        ],
        [{"RoleArn": getatt("A")}, {"RoleArn": {"Fn::GetAtt": "A.Arn"}}],
    ],
)
def test_repeats_are_removed(entries):
    document = design(Cluster=cluster(AssociatedRoles=entries), A=role(), B=role())

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert (
        fixed["components"]["Cluster"]["properties"]["AssociatedRoles"] == entries[:1]
    )
