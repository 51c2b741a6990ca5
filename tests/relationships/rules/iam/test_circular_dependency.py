from relationships.engine import evaluate
from relationships.index import DesignIndex
from relationships.rules.iam.circular_dependency import CircularDependency

from ...designs import applied, bucket, cluster, component, design, getatt, role

RULE = [CircularDependency()]


def cyclic_role():
    statements = [
        {
            "Effect": "Allow",
            "Action": "rds:DescribeDBClusters",
            "Resource": {
                "Fn::Sub": "arn:${AWS::Partition}:rds:${AWS::Region}:"
                "${AWS::AccountId}:cluster:${Cluster}"
            },
        },
        {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},
    ]
    return role(
        Policies=[
            {
                "PolicyName": "cluster-access",
                "PolicyDocument": {"Version": "2012-10-17", "Statement": statements},
            },
            {
                "PolicyName": "plain",
                "PolicyDocument": {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}
                    ],
                },
            },
        ]
    )


def test_no_cycle_no_suggestion():
    document = design(
        Cluster=cluster(AssociatedRoles=[{"RoleArn": getatt("Role")}]),
        Role=role(),
        Bucket=bucket(),
    )

    assert evaluate(document, rules=RULE) == []


def test_a_role_policy_naming_its_cluster_moves_out_with_every_statement():
    document = design(
        Cluster=cluster(
            AssociatedRoles=[{"RoleArn": getatt("Role"), "FeatureName": "s3Import"}]
        ),
        Role=cyclic_role(),
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert suggestion.kind == "fix"
    assert suggestion.components == ["Cluster", "Role"]
    assert DesignIndex(fixed).cycles() == []
    moved = fixed["components"]["RoleClusteraccess"]
    assert moved["type"] == "AWS::IAM::Policy"
    assert moved["properties"]["Roles"] == [{"Ref": "Role"}]
    original = document["components"]["Role"]["properties"]["Policies"][0][
        "PolicyDocument"
    ]
    assert moved["properties"]["PolicyDocument"] == original
    assert [
        p["PolicyName"] for p in fixed["components"]["Role"]["properties"]["Policies"]
    ] == ["plain"]


def test_depends_on_cycles_count_and_warn_without_a_role():
    a = component("AWS::S3::Bucket")
    b = component("AWS::S3::Bucket")
    a["attributes"]["DependsOn"] = ["B"]
    b["attributes"]["DependsOn"] = "A"

    (suggestion,) = evaluate(design(A=a, B=b), rules=RULE)

    assert (suggestion.kind, suggestion.components) == ("warn", ["A", "B"])
