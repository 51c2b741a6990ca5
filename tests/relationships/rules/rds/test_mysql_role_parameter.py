from relationships.engine import evaluate
from relationships.rules.rds.mysql_role_parameter import MysqlRoleParameter

from ...designs import applied, cluster, component, design, getatt, role

RULE = [MysqlRoleParameter()]
S3_POLICY = [
    {
        "PolicyName": "load",
        "PolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"}
            ],
        },
    }
]


def group(**parameters):
    return component(
        "AWS::RDS::DBClusterParameterGroup",
        Description="x",
        Family="aurora-mysql8.0",
        Parameters=parameters,
    )


def test_named_and_associated_role_is_fine():
    document = design(
        Cluster=cluster(
            "aurora-mysql",
            AssociatedRoles=[{"RoleArn": getatt("Role")}],
            DBClusterParameterGroupName={"Ref": "Params"},
        ),
        Params=group(aws_default_s3_role=getatt("Role")),
        Role=role(Policies=S3_POLICY),
    )

    assert evaluate(document, rules=RULE) == []


def test_parameter_is_set_on_the_clusters_group():
    document = design(
        Cluster=cluster(
            "aurora-mysql",
            AssociatedRoles=[{"RoleArn": getatt("Role")}],
            DBClusterParameterGroupName={"Ref": "Params"},
        ),
        Params=group(),
        Role=role(Policies=S3_POLICY),
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.kind == "bind"
    assert suggestion.patch == [
        {
            "op": "add",
            "path": "/components/Params/properties/Parameters/aws_default_s3_role",
            "value": getatt("Role"),
        }
    ]


def test_a_group_is_created_with_the_engines_family():
    document = design(
        Cluster=cluster(
            "aurora-mysql",
            EngineVersion="5.7.mysql_aurora.2.11.2",
            AssociatedRoles=[{"RoleArn": getatt("Role")}],
        ),
        Role=role(Policies=S3_POLICY),
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert suggestion.kind == "create"
    created = fixed["components"]["ClusterParameters"]
    assert created["properties"]["Family"] == "aurora-mysql5.7"
    assert created["properties"]["Parameters"] == {
        "aws_default_s3_role": getatt("Role")
    }
    assert fixed["components"]["Cluster"]["properties"][
        "DBClusterParameterGroupName"
    ] == {"Ref": "ClusterParameters"}
    assert evaluate(fixed, rules=RULE) == []


def test_a_named_role_is_also_associated():
    document = design(
        Cluster=cluster("aurora-mysql", DBClusterParameterGroupName={"Ref": "Params"}),
        Params=group(aws_default_lambda_role=getatt("Role")),
        Role=role(),
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert fixed["components"]["Cluster"]["properties"]["AssociatedRoles"] == [
        {"RoleArn": getatt("Role")}
    ]


def test_postgres_clusters_are_not_concerned():
    document = design(
        Cluster=cluster(AssociatedRoles=[{"RoleArn": getatt("Role")}]),
        Role=role(Policies=S3_POLICY),
    )

    assert evaluate(document, rules=RULE) == []
