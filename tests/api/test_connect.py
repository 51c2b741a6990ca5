"""Drawing a connection: the server finds the property it means."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(api, design):
    url = f"/api/designs/{design.pk}/"
    for type_name, logical_id in [
        ("AWS::RDS::DBCluster", "Cluster"),
        ("AWS::IAM::Role", "Role"),
        ("AWS::S3::Bucket", "Bucket"),
        ("AWS::KMS::Key", "Key"),
    ]:
        response = api.post(
            f"{url}components/",
            {"type": type_name, "logical_id": logical_id},
            format="json",
        )
        assert response.status_code == 201, response.json()
    return url


def test_several_meanings_ask_for_a_choice(api, url):
    response = api.post(
        f"{url}connect/", {"source": "Cluster", "target": "Role"}, format="json"
    )

    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "choice_needed"
    ids = {choice["id"] for choice in body["choices"]}
    assert {"AssociatedRoles/*/RoleArn", "MonitoringRoleArn"} <= ids
    assert all(
        choice["title"] and "explanation" in choice for choice in body["choices"]
    )


def test_the_chosen_meaning_is_written_as_getatt_arn(api, url):
    response = api.post(
        f"{url}connect/",
        {"source": "Cluster", "target": "Role", "choice": "AssociatedRoles/*/RoleArn"},
        format="json",
    )

    assert response.status_code == 200, response.json()
    design = response.json()["design"]
    roles = design["components"]["Cluster"]["properties"]["AssociatedRoles"]
    assert roles == [{"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}]
    assert {
        "source": "Cluster",
        "target": "Role",
        "path": "/components/Cluster/properties/AssociatedRoles/0/RoleArn",
        "kind": "GetAtt",
        "attribute": "Arn",
    } in design["connections"]


def test_a_single_meaning_is_applied_at_once(api, url):
    response = api.post(
        f"{url}connect/", {"source": "Cluster", "target": "Key"}, format="json"
    )

    if response.status_code == 409:
        # KmsKeyId and friends: pick the storage key.
        choices = {c["id"] for c in response.json()["choices"]}
        assert "KmsKeyId" in choices
        response = api.post(
            f"{url}connect/",
            {"source": "Cluster", "target": "Key", "choice": "KmsKeyId"},
            format="json",
        )
    assert response.status_code == 200, response.json()
    properties = response.json()["design"]["components"]["Cluster"]["properties"]
    assert properties["KmsKeyId"] in (
        {"Fn::GetAtt": ["Key", "Arn"]},
        {"Ref": "Key"},
    )


def test_a_connection_drawn_backwards_is_read_the_right_way(api, url):
    response = api.post(
        f"{url}connect/",
        {"source": "Role", "target": "Cluster", "choice": "MonitoringRoleArn"},
        format="json",
    )

    assert response.status_code == 200, response.json()
    properties = response.json()["design"]["components"]["Cluster"]["properties"]
    assert properties["MonitoringRoleArn"] == {"Fn::GetAtt": ["Role", "Arn"]}
    assert response.json()["connection"]["source"] == "Cluster"


@pytest.mark.parametrize(
    "body, status, field",
    [
        ({"source": "Bucket", "target": "Bucket"}, 400, "target"),
        ({"source": "Nobody", "target": "Role"}, 400, "source"),
        ({"source": "Cluster", "target": "Role", "choice": "Nope"}, 400, "choice"),
        ({"source": "Cluster"}, 400, "target"),
    ],
)
def test_bad_connections_name_the_field(api, url, body, status, field):
    response = api.post(f"{url}connect/", body, format="json")

    assert response.status_code == status
    assert response.json()["errors"][0]["field"] == field


def test_unrelated_types_say_so(api, url):
    api.post(
        f"{url}components/",
        {"type": "AWS::EC2::VPC", "logical_id": "Network"},
        format="json",
    )

    response = api.post(
        f"{url}connect/", {"source": "Network", "target": "Bucket"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "no_relationship"
