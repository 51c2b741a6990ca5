"""Export as YAML or JSON, and validation through cfn-lint."""

import json

import pytest

from designer import actions
from designer.demo import demo_document
from designer.template.importer import parse_template

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(user):
    return actions.do_create_design(user, "Demo", document=demo_document())


def test_yaml_export_uses_short_forms_and_no_layout(api, demo):
    response = api.get(f"/api/designs/{demo.pk}/export/?format=yaml")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/yaml")
    text = response.content.decode()
    assert "RoleArn: !GetAtt S3ImportRole.Arn" in text
    assert "- !Sub ${ImportBucket.Arn}/*" in text
    assert "position" not in text


def test_json_export_is_the_same_template(api, demo):
    as_json = api.get(f"/api/designs/{demo.pk}/export/?format=json")
    as_yaml = api.get(f"/api/designs/{demo.pk}/export/?format=yaml")

    assert as_json["Content-Type"].startswith("application/json")
    assert json.loads(as_json.content) == parse_template(as_yaml.content.decode())


def test_export_defaults_to_yaml(api, demo):
    response = api.get(f"/api/designs/{demo.pk}/export/")

    assert response.content.decode().startswith("AWSTemplateFormatVersion")


def test_export_in_an_unknown_format_is_a_400(api, demo):
    response = api.get(f"/api/designs/{demo.pk}/export/?format=xml")

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "format"


def test_exported_then_imported_is_the_same_data(api, demo):
    text = api.get(f"/api/designs/{demo.pk}/export/?format=yaml").content.decode()

    from designer.template.document import from_template, to_template

    reimported = from_template(parse_template(text))
    original = demo.document
    assert to_template(reimported) == to_template(original)
    assert set(reimported["components"]) == set(original["components"])
    for logical_id, component in original["components"].items():
        again = reimported["components"][logical_id]
        assert again["type"] == component["type"]
        assert again["properties"] == component["properties"]
        assert again["attributes"] == component["attributes"]


def test_the_demo_validates_without_errors(api, demo):
    response = api.get(f"/api/designs/{demo.pk}/validate/")

    assert response.status_code == 200
    errors = [f for f in response.json()["findings"] if f["severity"] == "error"]
    assert errors == []


def test_findings_name_the_component(api, design):
    url = f"/api/designs/{design.pk}/"
    api.post(
        f"{url}components/",
        {"type": "AWS::Lambda::Function", "logical_id": "Handler", "properties": {}},
        format="json",
    )

    findings = api.get(f"{url}validate/").json()["findings"]

    missing = [f for f in findings if f["rule"] == "E3003"]
    assert missing, findings
    assert {f["component"] for f in missing} == {"Handler"}
    assert missing[0]["severity"] == "error"
    assert any("Role" in f["message"] for f in missing)


def test_a_design_over_the_stack_quota_is_accepted_and_says_so(api, design):
    url = f"/api/designs/{design.pk}/"
    components = {
        f"Queue{number}": {"type": "AWS::SQS::Queue", "properties": {}}
        for number in range(501)
    }

    stored = api.patch(url, {"components": components}, format="json")
    exported = api.get(f"{url}export/?format=json")
    findings = api.get(f"{url}validate/").json()["findings"]

    assert stored.status_code == 200
    assert len(stored.json()["components"]) == 501
    assert "501 resources" in exported["X-Template-Warning"]
    assert len(json.loads(exported.content)["Resources"]) == 501
    assert [f["rule"] for f in findings if f["rule"] == "D1001"] == ["D1001"]


def test_a_design_within_the_quota_has_no_warning(api, demo):
    exported = api.get(f"/api/designs/{demo.pk}/export/")

    assert "X-Template-Warning" not in exported


@pytest.mark.parametrize(
    "output_format, content_type",
    [("svg", "image/svg+xml"), ("png", "image/png"), ("pdf", "application/pdf")],
)
def test_diagram_in_each_format(api, demo, output_format, content_type):
    response = api.get(f"/api/designs/{demo.pk}/diagram/?format={output_format}")

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert len(response.content) > 500


def test_diagram_in_an_unknown_format_is_a_400(api, demo):
    response = api.get(f"/api/designs/{demo.pk}/diagram/?format=gif")

    assert response.status_code == 400
    assert response.json()["errors"][0]["field"] == "format"
