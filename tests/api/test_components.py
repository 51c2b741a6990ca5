"""Components over the REST API: add, change, rename, remove."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def url(design):
    return f"/api/designs/{design.pk}/"


def add(api, url, **body):
    response = api.post(f"{url}components/", body, format="json")
    assert response.status_code == 201, response.json()
    return response.json()


def test_add_a_component_with_a_generated_logical_id(api, url):
    body = add(api, url, type="AWS::RDS::DBCluster", position={"x": 40, "y": 60})

    assert body["logical_id"] == "DBCluster"
    component = body["design"]["components"]["DBCluster"]
    assert component["type"] == "AWS::RDS::DBCluster"
    assert component["position"] == {"x": 40, "y": 60}
    # A featured type starts with properties that make it valid.
    assert component["properties"]["Engine"] == "aurora-postgresql"
    assert body["design"]["version"] == 2


def test_generated_logical_ids_do_not_collide(api, url):
    add(api, url, type="AWS::S3::Bucket")
    second = add(api, url, type="AWS::S3::Bucket")

    assert second["logical_id"] == "Bucket2"


def test_given_properties_replace_the_starter_ones(api, url):
    body = add(
        api,
        url,
        type="AWS::S3::Bucket",
        logical_id="Logs",
        properties={"BucketName": "my-logs"},
    )

    assert body["design"]["components"]["Logs"]["properties"] == {
        "BucketName": "my-logs"
    }


@pytest.mark.parametrize(
    "body, field, code",
    [
        ({"type": "AWS::Nope::Nothing"}, "type", "unknown_resource_type"),
        ({}, "type", "required"),
        (
            {"type": "AWS::S3::Bucket", "logical_id": "my-bucket"},
            "logical_id",
            "invalid_logical_id",
        ),
        ({"type": "AWS::S3::Bucket", "properties": "x"}, "properties", None),
        ({"type": "AWS::S3::Bucket", "position": {"x": "left"}}, "position.x", None),
        (
            {"type": "AWS::S3::Bucket", "attributes": {"Colour": "red"}},
            "attributes",
            "invalid_attribute",
        ),
    ],
)
def test_bad_components_are_refused_naming_the_field(api, url, body, field, code):
    response = api.post(f"{url}components/", body, format="json")

    assert response.status_code == 400
    errors = response.json()["errors"]
    assert any(error["field"].startswith(field) for error in errors), errors
    if code:
        assert code in {error["code"] for error in errors}
    assert api.get(url).json()["version"] == 1


def test_duplicate_logical_id_is_refused(api, url):
    add(api, url, type="AWS::S3::Bucket", logical_id="Data")

    response = api.post(
        f"{url}components/",
        {"type": "AWS::SQS::Queue", "logical_id": "Data"},
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "duplicate_logical_id"


def test_move_a_component(api, url):
    add(api, url, type="AWS::S3::Bucket", logical_id="Data")

    response = api.patch(
        f"{url}components/Data/", {"position": {"x": 300, "y": 20.5}}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["design"]["components"]["Data"]["position"] == {
        "x": 300,
        "y": 20.5,
    }


def test_rename_rewrites_every_reference(api, url):
    add(api, url, type="AWS::IAM::Role", logical_id="Role")
    add(
        api,
        url,
        type="AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties={
            "Engine": "aurora-postgresql",
            "AssociatedRoles": [
                {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}, "FeatureName": "s3Import"}
            ],
        },
    )

    response = api.patch(
        f"{url}components/Role/", {"logical_id": "ImportRole"}, format="json"
    )

    assert response.status_code == 200
    design = response.json()["design"]
    assert "Role" not in design["components"]
    roles = design["components"]["Cluster"]["properties"]["AssociatedRoles"]
    assert roles[0]["RoleArn"] == {"Fn::GetAtt": ["ImportRole", "Arn"]}
    assert design["connections"] == [
        {
            "source": "Cluster",
            "target": "ImportRole",
            "path": "/components/Cluster/properties/AssociatedRoles/0/RoleArn",
            "kind": "GetAtt",
            "attribute": "Arn",
        }
    ]


def test_rename_to_a_taken_name_is_refused(api, url):
    add(api, url, type="AWS::S3::Bucket", logical_id="One")
    add(api, url, type="AWS::S3::Bucket", logical_id="Two")

    response = api.patch(f"{url}components/One/", {"logical_id": "Two"}, format="json")

    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "duplicate_logical_id"


def test_an_unknown_component_is_not_found(api, url):
    patched = api.patch(
        f"{url}components/Ghost/", {"position": {"x": 1, "y": 1}}, format="json"
    )
    deleted = api.delete(f"{url}components/Ghost/")

    assert patched.status_code == deleted.status_code == 404
    assert patched.json()["errors"][0]["code"] == "unknown_component"


def test_an_unknown_field_is_refused_not_ignored(api, url):
    add(api, url, type="AWS::S3::Bucket", logical_id="Data")

    response = api.patch(
        f"{url}components/Data/", {"propertes": {"BucketName": "x"}}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "propertes"
    assert api.get(url).json()["version"] == 2


def test_components_added_without_a_position_do_not_stack(api, url):
    for _ in range(4):
        add(api, url, type="AWS::SQS::Queue")

    components = api.get(url).json()["components"]
    positions = {(c["position"]["x"], c["position"]["y"]) for c in components.values()}
    assert len(positions) == 4


def test_deeply_nested_input_is_a_400_not_a_500(api, url):
    nested = '{"Nested": ' * 5000 + '"leaf"' + "}" * 5000
    body = '{"type": "AWS::S3::Bucket", "properties": {"Tags": ' + nested + "}}"

    response = api.generic(
        "POST", f"{url}components/", body, content_type="application/json"
    )

    assert response.status_code == 400
    assert "nests deeper" in response.json()["message"]


def test_disconnect_removes_the_reference_behind_a_connection(api, url):
    add(api, url, type="AWS::IAM::Role", logical_id="Role")
    add(
        api,
        url,
        type="AWS::Lambda::Function",
        logical_id="Fn",
        properties={"Runtime": "python3.12", "Role": {"Fn::GetAtt": ["Role", "Arn"]}},
    )
    path = "/components/Fn/properties/Role"

    response = api.post(f"{url}disconnect/", {"path": path}, format="json")
    again = api.post(f"{url}disconnect/", {"path": path}, format="json")

    assert response.status_code == 200
    assert response.json()["removed"] == [path]
    assert response.json()["design"]["connections"] == []
    assert "Role" not in response.json()["design"]["components"]["Fn"]["properties"]
    assert again.status_code == 400
    assert again.json()["errors"][0]["code"] == "unknown_connection"


def test_remove_a_component_and_the_references_to_it(api, url):
    add(api, url, type="AWS::S3::Bucket", logical_id="Data")
    add(
        api,
        url,
        type="AWS::SQS::Queue",
        logical_id="Queue",
        attributes={"DependsOn": ["Data"]},
    )

    response = api.delete(f"{url}components/Data/")

    assert response.status_code == 200
    design = response.json()["design"]
    assert "Data" not in design["components"]
    assert design["components"]["Queue"]["attributes"].get("DependsOn") in (None, [])
    assert design["connections"] == []
    assert response.json()["removed"]


def test_tidy_up_lays_components_out_without_overlap(api, url):
    for _ in range(3):
        add(api, url, type="AWS::SQS::Queue", position={"x": 5, "y": 5})

    response = api.post(f"{url}tidy/", {}, format="json")

    assert response.status_code == 200
    positions = {
        (c["position"]["x"], c["position"]["y"])
        for c in response.json()["components"].values()
    }
    assert len(positions) == 3
