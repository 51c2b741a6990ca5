"""The OpenAPI description and its browsable docs."""

import pytest
import yaml

pytestmark = pytest.mark.django_db


def test_schema_describes_every_endpoint(api):
    response = api.get("/api/schema/")

    assert response.status_code == 200
    schema = yaml.safe_load(response.content)
    paths = set(schema["paths"])
    assert {
        "/api/catalog/types/",
        "/api/catalog/types/{type_name}/",
        "/api/designs/",
        "/api/designs/{design_id}/",
        "/api/designs/{design_id}/components/",
        "/api/designs/{design_id}/components/{logical_id}/",
        "/api/designs/{design_id}/connect/",
        "/api/designs/{design_id}/export/",
        "/api/designs/{design_id}/validate/",
    } <= paths
    assert "tokenAuth" in schema["components"]["securitySchemes"]


def test_docs_page_serves_its_assets_locally(client, user):
    client.force_login(user)

    response = client.get("/api/docs/")

    assert response.status_code == 200
    page = response.content.decode()
    assert "swagger-ui" in page
    assert "cdn" not in page.lower()


def test_schema_generates_without_warnings(tmp_path):
    from django.core.management import call_command

    call_command(
        "spectacular",
        "--validate",
        "--fail-on-warn",
        "--file",
        str(tmp_path / "schema.yaml"),
    )

    assert (
        "/api/designs/{design_id}/suggestions/"
        in (tmp_path / "schema.yaml").read_text()
    )
