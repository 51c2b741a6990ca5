import pytest

from relationships.engine import evaluate
from relationships.rules.rds.feature_name import FeatureName

from ...designs import applied, cluster, design, getatt, role

RULE = [FeatureName()]


def entry(feature=None):
    item = {"RoleArn": getatt("Role")}
    if feature is not None:
        item["FeatureName"] = feature
    return item


@pytest.mark.parametrize(
    ("engine", "extra", "entries"),
    [
        ("aurora-postgresql", {}, [entry("s3Import")]),
        ("aurora-postgresql", {}, [entry("Bedrock")]),
        ("aurora-mysql", {}, [entry()]),
        ("postgres", {"DBClusterInstanceClass": "db.m6gd.large"}, [entry("s3Export")]),
        ("postgres", {}, [entry()]),
    ],
)
def test_good_feature_names(engine, extra, entries):
    document = design(
        Cluster=cluster(engine, AssociatedRoles=entries, **extra), Role=role()
    )

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(
    ("engine", "extra", "feature", "choices", "value"),
    [
        ("aurora-postgresql", {}, None, "s3Import", "s3Import"),
        ("aurora-postgresql", {}, "s3import", None, "s3Import"),
        ("aurora-postgresql", {}, "LAMBDA", None, "Lambda"),
        ("aurora-postgresql", {}, "S3Stuff", "s3Import", "s3Import"),
        (
            "postgres",
            {"DBClusterInstanceClass": "db.m6gd.large"},
            None,
            "s3Import",
            "s3Import",
        ),
    ],
)
def test_missing_or_misspelt_feature_names(engine, extra, feature, choices, value):
    document = design(
        Cluster=cluster(engine, AssociatedRoles=[entry(feature)], **extra), Role=role()
    )

    (suggestion,) = evaluate(document, rules=RULE)
    patch = suggestion.operations()

    assert suggestion.kind == "fix"
    if choices:
        assert suggestion.choices[0].id == choices
    fixed = applied(document, patch)
    assert (
        fixed["components"]["Cluster"]["properties"]["AssociatedRoles"][0][
            "FeatureName"
        ]
        == value
    )
    assert evaluate(fixed, rules=RULE) == []


def test_postgres_multi_az_offers_only_its_features():
    document = design(
        Cluster=cluster(
            "postgres",
            DBClusterInstanceClass="db.m6gd.large",
            AssociatedRoles=[entry()],
        ),
        Role=role(),
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert [choice.id for choice in suggestion.choices] == [
        "s3Import",
        "s3Export",
        "Lambda",
    ]


def test_choices_put_the_feature_the_role_serves_first():
    the_role = role(
        Policies=[
            {
                "PolicyName": "invoke",
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": "lambda:InvokeFunction",
                            "Resource": "*",
                        }
                    ],
                },
            }
        ]
    )
    document = design(Cluster=cluster(AssociatedRoles=[entry()]), Role=the_role)

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.choices[0].id == "Lambda"


def test_aurora_mysql_feature_name_is_removed():
    document = design(
        Cluster=cluster("aurora-mysql", AssociatedRoles=[entry("s3Import")]),
        Role=role(),
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.patch == [
        {
            "op": "remove",
            "path": "/components/Cluster/properties/AssociatedRoles/0/FeatureName",
        }
    ]
