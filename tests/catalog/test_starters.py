from relationships.catalog import FEATURED_TYPES, starter_properties


def test_every_featured_type_has_a_starter():
    for type_name in FEATURED_TYPES:
        assert starter_properties(type_name), type_name


def test_cluster_starter_is_aurora_postgresql_with_a_managed_password():
    assert starter_properties("AWS::RDS::DBCluster") == {
        "Engine": "aurora-postgresql",
        "MasterUsername": "postgres",
        "ManageMasterUserPassword": True,
    }


def test_role_starter_trusts_rds():
    document = starter_properties("AWS::IAM::Role")["AssumeRolePolicyDocument"]

    (statement,) = document["Statement"]
    assert statement["Principal"] == {"Service": ["rds.amazonaws.com"]}
    assert statement["Action"] == ["sts:AssumeRole"]


def test_starters_are_copies():
    first = starter_properties("AWS::RDS::DBCluster")
    first["Engine"] = "mysql"

    assert starter_properties("AWS::RDS::DBCluster")["Engine"] == "aurora-postgresql"


def test_trivially_fillable_required_properties_are_filled():
    assert starter_properties("AWS::GuardDuty::Detector") == {"Enable": False}


def test_types_with_unfillable_required_properties_start_empty():
    assert starter_properties("AWS::SNS::Subscription") == {}
    assert starter_properties("AWS::SNS::Topic") == {}
    assert starter_properties("AWS::Nope::Nothing") == {}
