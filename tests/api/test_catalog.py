"""The catalog endpoints."""

import pytest

pytestmark = pytest.mark.django_db


def test_featured_types_come_first(api):
    results = api.get("/api/catalog/types/").json()["results"]

    assert results[0]["type"] == "AWS::RDS::DBCluster"
    assert results[0]["featured"] is True
    assert {"type", "service", "description", "featured", "colour"} <= set(results[0])


def test_search_finds_types_by_name(api):
    results = api.get("/api/catalog/types/?search=dbcluster").json()["results"]

    types = [r["type"] for r in results]
    assert types[0] == "AWS::RDS::DBCluster"
    assert all("dbcluster" in t.lower() or "cluster" in t.lower() for t in types[:3])


@pytest.mark.parametrize("limit", ["0", "many", "100000"])
def test_a_bad_limit_is_a_400(api, limit):
    response = api.get(f"/api/catalog/types/?limit={limit}")

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "limit"


def test_type_detail_has_properties_from_the_schema(api):
    body = api.get("/api/catalog/types/AWS::RDS::DBCluster/").json()

    assert body["type"] == "AWS::RDS::DBCluster"
    properties = {p["name"]: p for p in body["properties"]}
    assert properties["Engine"]["type"] == "string"
    assert properties["MonitoringRoleArn"]["format"] == "AWS::IAM::Role.Arn"
    assert properties["AssociatedRoles"]["type"] == "array"
    assert properties["DBClusterIdentifier"]["create_only"] is True
    assert "DBClusterArn" not in properties
    assert body["starter_properties"]["Engine"] == "aurora-postgresql"


def test_required_properties_come_first(api):
    body = api.get("/api/catalog/types/AWS::Lambda::Function/").json()

    required = [p["name"] for p in body["properties"] if p["required"]]
    assert {"Code", "Role"} <= set(required)
    assert [p["required"] for p in body["properties"][: len(required)]] == [True] * len(
        required
    )


def test_unknown_type_is_a_404(api):
    response = api.get("/api/catalog/types/AWS::Nope::Nothing/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
