import jsonpatch
import pytest

from relationships.connect import apply_connection, connect_meanings
from relationships.engine import evaluate
from relationships.exceptions import UnknownChoice
from relationships.index import DesignIndex

from .designs import applied, bucket, cluster, component, design, function, getatt, role


def test_postgres_cluster_to_bucket_offers_import_and_export():
    document = design(Cluster=cluster(), Bucket=bucket())

    choices = connect_meanings(document, "Cluster", "Bucket")

    assert [c.id for c in choices] == ["s3Import", "s3Export"]
    assert [c.id for c in connect_meanings(document, "Bucket", "Cluster")] == [
        "s3Import",
        "s3Export",
    ]


@pytest.mark.parametrize(
    ("choice", "statements"),
    [
        (
            "s3Import",
            [
                {
                    "Effect": "Allow",
                    "Action": ["s3:ListBucket"],
                    "Resource": getatt("Bucket"),
                },
                {
                    "Effect": "Allow",
                    "Action": ["s3:GetObject"],
                    "Resource": {"Fn::Sub": "${Bucket.Arn}/*"},
                },
            ],
        ),
        (
            "s3Export",
            [
                {
                    "Effect": "Allow",
                    "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
                    "Resource": {"Fn::Sub": "${Bucket.Arn}/*"},
                }
            ],
        ),
    ],
)
def test_a_feature_creates_a_least_privilege_role_and_binds_it(choice, statements):
    document = design(Cluster=cluster(), Bucket=bucket())

    fixed = applied(document, apply_connection(document, "Cluster", "Bucket", choice))

    name = "Cluster" + choice[0].upper() + choice[1:] + "Role"
    created = fixed["components"][name]["properties"]
    assert created["Policies"][0]["PolicyDocument"]["Statement"] == statements
    trust = created["AssumeRolePolicyDocument"]["Statement"][0]
    assert trust["Principal"]["Service"] == ["rds.amazonaws.com"]
    assert trust["Condition"]["StringEquals"]["aws:SourceAccount"] == {
        "Ref": "AWS::AccountId"
    }
    assert fixed["components"]["Cluster"]["properties"]["AssociatedRoles"] == [
        {"RoleArn": getatt(name), "FeatureName": choice}
    ]
    assert evaluate(fixed) == []


def test_an_existing_role_for_the_feature_is_reused():
    document = design(
        Cluster=cluster(
            AssociatedRoles=[{"RoleArn": getatt("Importer"), "FeatureName": "s3Import"}]
        ),
        Importer=role(),
        Bucket=bucket(),
    )

    fixed = applied(
        document, apply_connection(document, "Cluster", "Bucket", "s3Import")
    )

    assert set(fixed["components"]) == {"Cluster", "Importer", "Bucket"}
    assert (
        fixed["components"]["Importer"]["properties"]["Policies"][0]["PolicyName"]
        == "s3Import-Bucket"
    )


def test_aurora_mysql_binds_through_the_parameter_group():
    document = design(Cluster=cluster("aurora-mysql"), Bucket=bucket())

    assert [c.id for c in connect_meanings(document, "Cluster", "Bucket")] == [
        "mysql-load",
        "mysql-save",
    ]
    fixed = applied(
        document, apply_connection(document, "Cluster", "Bucket", "mysql-load")
    )

    properties = fixed["components"]["Cluster"]["properties"]
    assert properties["AssociatedRoles"] == [{"RoleArn": getatt("ClusterLoadRole")}]
    group = fixed["components"]["ClusterParameters"]["properties"]
    assert group["Family"] == "aurora-mysql8.0"
    assert group["Parameters"] == {"aws_default_s3_role": getatt("ClusterLoadRole")}
    assert properties["DBClusterParameterGroupName"] == {"Ref": "ClusterParameters"}
    assert evaluate(fixed) == []


def test_a_function_that_uses_the_cluster_gets_its_invoke_policy_apart():
    document = design(
        Cluster=cluster(),
        Exec=role("lambda.amazonaws.com"),
        Fn=function("Exec", DB_HOST=getatt("Cluster", "Endpoint.Address")),
    )

    (choice,) = connect_meanings(document, "Cluster", "Fn")
    fixed = applied(document, choice.patch)

    assert choice.id == "Lambda"
    assert DesignIndex(fixed).cycles() == []
    assert (
        fixed["components"]["ClusterLambdaRoleInvokeFnPolicy"]["type"]
        == "AWS::IAM::Policy"
    )


def test_a_function_drawn_to_a_cluster_signs_in():
    document = design(
        Cluster=cluster(), Exec=role("lambda.amazonaws.com"), Fn=function("Exec")
    )

    choices = connect_meanings(document, "Fn", "Cluster")

    assert [c.id for c in choices] == ["iam-auth", "master-secret"]
    fixed = applied(document, choices[0].patch)
    assert (
        fixed["components"]["Cluster"]["properties"]["EnableIAMDatabaseAuthentication"]
        is True
    )
    assert evaluate(fixed) == []


def test_other_pairs_fall_back_to_schema_references():
    document = design(
        Subnet=component("AWS::EC2::Subnet", CidrBlock="10.0.0.0/24"),
        Vpc=component("AWS::EC2::VPC"),
    )

    choices = connect_meanings(document, "Vpc", "Subnet")

    assert "VpcId" in [c.id for c in choices]
    fixed = applied(document, apply_connection(document, "Vpc", "Subnet", "VpcId"))
    assert fixed["components"]["Subnet"]["properties"]["VpcId"] == {"Ref": "Vpc"}


def test_an_unknown_choice_is_refused():
    document = design(Cluster=cluster(), Bucket=bucket())

    with pytest.raises(UnknownChoice) as raised:
        apply_connection(document, "Cluster", "Bucket", "s3Everything")

    assert raised.value.choices == ["s3Import", "s3Export"]


CURATED_PAIRS = [
    ("AWS::Lambda::Function", "AWS::IAM::Role", "Role", {"Fn::GetAtt": ["B", "Arn"]}),
    ("AWS::IAM::InstanceProfile", "AWS::IAM::Role", "Roles/*", {"Ref": "B"}),
    ("AWS::IAM::Policy", "AWS::IAM::Role", "Roles/*", {"Ref": "B"}),
    ("AWS::RDS::DBSubnetGroup", "AWS::EC2::Subnet", "SubnetIds/*", {"Ref": "B"}),
    (
        "AWS::RDS::DBCluster",
        "AWS::RDS::DBSubnetGroup",
        "DBSubnetGroupName",
        {"Ref": "B"},
    ),
    (
        "AWS::RDS::DBInstance",
        "AWS::RDS::DBCluster",
        "DBClusterIdentifier",
        {"Ref": "B"},
    ),
    (
        "AWS::EC2::Instance",
        "AWS::IAM::InstanceProfile",
        "IamInstanceProfile",
        {"Ref": "B"},
    ),
]


@pytest.mark.parametrize("source_type, target_type, path, value", CURATED_PAIRS)
@pytest.mark.parametrize("drawn_backwards", [False, True])
def test_curated_references_connect_what_the_schemas_leave_out(
    source_type, target_type, path, value, drawn_backwards
):
    document = {
        "template": {},
        "components": {
            "A": {"type": source_type, "properties": {}, "attributes": {}},
            "B": {"type": target_type, "properties": {}, "attributes": {}},
        },
    }
    drawn = ("B", "A") if drawn_backwards else ("A", "B")

    choices = connect_meanings(document, *drawn)

    assert path in [choice.id for choice in choices]
    choice = next(choice for choice in choices if choice.id == path)
    patched = jsonpatch.apply_patch(document, choice.patch)
    properties = patched["components"]["A"]["properties"]
    written = properties
    for key in path.split("/"):
        written = written[0] if key == "*" else written[key]
    assert written == value


def test_connecting_twice_offers_nothing_new():
    document = {
        "template": {},
        "components": {
            "Fn": {
                "type": "AWS::Lambda::Function",
                "properties": {"Role": {"Fn::GetAtt": ["R", "Arn"]}},
                "attributes": {},
            },
            "R": {"type": "AWS::IAM::Role", "properties": {}, "attributes": {}},
        },
    }

    assert "Role" not in [choice.id for choice in connect_meanings(document, "Fn", "R")]
