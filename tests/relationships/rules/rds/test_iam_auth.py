import pytest

from relationships.engine import evaluate
from relationships.index import DesignIndex
from relationships.rules.rds.iam_auth import IamAuthentication

from ...designs import applied, cluster, component, design, function, getatt, role

RULE = [IamAuthentication()]
CONNECT = (
    "arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}:dbuser:"
    "${Cluster.DBClusterResourceId}/"
)


def lambda_design(**cluster_properties):
    return design(
        Cluster=cluster(EnableIAMDatabaseAuthentication=True, **cluster_properties),
        Exec=role("lambda.amazonaws.com"),
        Reader=function("Exec", DB_HOST=getatt("Cluster", "Endpoint.Address")),
    )


def test_without_iam_authentication_nothing_is_granted():
    document = design(
        Cluster=cluster(),
        Exec=role("lambda.amazonaws.com"),
        Reader=function("Exec", DB_HOST=getatt("Cluster", "Endpoint.Address")),
    )

    assert evaluate(document, rules=RULE) == []


@pytest.mark.parametrize(
    ("choice", "user"), [("dedicated", "reader"), ("master", "dbadmin")]
)
def test_function_role_gets_connect_on_the_db_user(choice, user):
    document = lambda_design()

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.operations(choice))

    policy = fixed["components"]["Exec"]["properties"]["Policies"][0]
    statement = policy["PolicyDocument"]["Statement"][0]
    assert statement["Action"] == "rds-db:connect"
    assert statement["Resource"] == {"Fn::Sub": CONNECT + user}
    assert evaluate(fixed, rules=RULE) == []


def test_a_role_the_cluster_also_uses_gets_a_separate_policy():
    document = lambda_design(
        AssociatedRoles=[{"RoleArn": getatt("Exec"), "FeatureName": "Lambda"}]
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.operations())

    assert "Policies" not in fixed["components"]["Exec"]["properties"]
    policy = fixed["components"]["ExecClusterConnectPolicy"]
    assert policy["type"] == "AWS::IAM::Policy"
    assert policy["properties"]["Roles"] == [{"Ref": "Exec"}]
    assert DesignIndex(fixed).cycles() == []


def test_an_instance_is_granted_through_its_instance_profile():
    document = design(
        Cluster=cluster(EnableIAMDatabaseAuthentication=True),
        Exec=role("ec2.amazonaws.com"),
        Profile=component("AWS::IAM::InstanceProfile", Roles=[{"Ref": "Exec"}]),
        Box=component(
            "AWS::EC2::Instance",
            ImageId="ami-12345678",
            IamInstanceProfile={"Ref": "Profile"},
            UserData={"Fn::Base64": {"Fn::Sub": "host=${Cluster.Endpoint.Address}"}},
        ),
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert suggestion.components == ["Exec", "Box", "Cluster"]


def test_a_function_without_a_role_component_gets_a_warning():
    document = design(
        Cluster=cluster(EnableIAMDatabaseAuthentication=True),
        Reader=function(None, DB_HOST=getatt("Cluster", "Endpoint.Address")),
    )

    (suggestion,) = evaluate(document, rules=RULE)

    assert (suggestion.kind, suggestion.patch) == ("warn", [])
