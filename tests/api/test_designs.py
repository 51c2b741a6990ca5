"""Designs over the REST API: list, create, read, update, delete."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from designer import actions

pytestmark = pytest.mark.django_db


def test_create_then_read_a_design(api):
    created = api.post("/api/designs/", {"name": "Data platform"}, format="json")

    assert created.status_code == 201
    body = created.json()
    assert body["name"] == "Data platform"
    assert body["version"] == 1
    assert body["components"] == {}
    assert body["connections"] == []
    assert body["template"]["AWSTemplateFormatVersion"] == "2010-09-09"
    assert api.get(f"/api/designs/{body['id']}/").json() == body


def test_create_without_a_name_names_the_field(api):
    response = api.post("/api/designs/", {}, format="json")

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "name"


def test_list_shows_only_my_designs_in_bounded_queries(api, user, other_user):
    for number in range(5):
        actions.do_create_design(user, f"Mine {number}")
    actions.do_create_design(other_user, "Not mine")

    with CaptureQueriesContext(connection) as queries:
        response = api.get("/api/designs/")

    assert response.status_code == 200
    assert sorted(d["name"] for d in response.json()) == [f"Mine {n}" for n in range(5)]
    assert {d["component_count"] for d in response.json()} == {0}
    assert len(queries) <= 3


def test_another_persons_design_is_not_found(api, other_user):
    theirs = actions.do_create_design(other_user, "Theirs")

    assert api.get(f"/api/designs/{theirs.pk}/").status_code == 404
    assert api.delete(f"/api/designs/{theirs.pk}/").status_code == 404
    assert (
        api.post(
            f"/api/designs/{theirs.pk}/components/",
            {"type": "AWS::S3::Bucket"},
            format="json",
        ).status_code
        == 404
    )


def test_anonymous_requests_are_told_to_authenticate():
    response = APIClient().get("/api/designs/")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert response.json()["code"] == "not_authenticated"


@pytest.mark.parametrize(
    "url", ["/api/designs/abc/components/", "/api/nothing/", "/api/designs/1/x/"]
)
def test_unknown_api_urls_answer_json(api, url):
    response = api.get(url)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_token_authentication_for_scripts(user):
    token = Token.objects.create(user=user)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")

    assert client.get("/api/designs/").status_code == 200


def test_rename_bumps_the_version(api, design):
    response = api.patch(
        f"/api/designs/{design.pk}/", {"name": "Renamed"}, format="json"
    )

    assert response.status_code == 200
    assert response.json()["name"] == "Renamed"
    assert response.json()["version"] == 2


def test_stale_version_is_a_conflict_and_changes_nothing(api, design):
    api.patch(f"/api/designs/{design.pk}/", {"name": "Second"}, format="json")

    response = api.patch(
        f"/api/designs/{design.pk}/", {"name": "Third", "version": 1}, format="json"
    )

    assert response.status_code == 409
    assert response.json()["code"] == "version_conflict"
    assert response.json()["version"] == 2
    assert api.get(f"/api/designs/{design.pk}/").json()["name"] == "Second"


def test_replacing_components_restores_a_snapshot(api, design):
    url = f"/api/designs/{design.pk}/"
    api.post(f"{url}components/", {"type": "AWS::S3::Bucket"}, format="json")
    snapshot = api.get(url).json()
    api.post(f"{url}components/", {"type": "AWS::SQS::Queue"}, format="json")

    restored = api.patch(
        url,
        {
            "template": snapshot["template"],
            "components": snapshot["components"],
            "version": 3,
        },
        format="json",
    )

    assert restored.status_code == 200
    assert restored.json()["components"] == snapshot["components"]
    assert restored.json()["version"] == 4


@pytest.mark.parametrize(
    "components, field",
    [
        ({"Bad-Id": {"type": "AWS::S3::Bucket"}}, "Bad-Id"),
        ({"Bucket": {"type": "AWS::Nope::Nothing"}}, "type"),
        ({"Bucket": {"type": "AWS::S3::Bucket", "properties": []}}, "properties"),
    ],
)
def test_replacing_components_with_bad_ones_keeps_what_was_stored(
    api, design, components, field
):
    url = f"/api/designs/{design.pk}/"
    api.post(f"{url}components/", {"type": "AWS::S3::Bucket"}, format="json")
    before = api.get(url).json()

    response = api.patch(url, {"components": components}, format="json")

    assert response.status_code == 400
    assert any(field in error["field"] for error in response.json()["errors"])
    assert api.get(url).json() == before


def test_delete_a_design(api, design):
    assert api.delete(f"/api/designs/{design.pk}/").status_code == 204
    assert api.get(f"/api/designs/{design.pk}/").status_code == 404


def test_malformed_json_is_a_400_not_a_500(api):
    response = api.generic(
        "POST", "/api/designs/", "{not json", content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
