"""Importing templates over the API and from the shell."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from designer.models import Design
from designer.template.document import to_template
from designer.template.importer import parse_template
from tests.corpus import CORPUS_FILES

pytestmark = pytest.mark.django_db

TEMPLATE = """\
AWSTemplateFormatVersion: "2010-09-09"
Description: A bucket and its reader
Resources:
  Data:
    Type: AWS::S3::Bucket
  Reader:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
      Policies:
        - PolicyName: read
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: !Sub "${Data.Arn}/*"
"""


def test_import_text_answers_201_with_a_laid_out_design(api):
    response = api.post(
        "/api/designs/import/", {"name": "Reader", "template": TEMPLATE}, format="json"
    )

    assert response.status_code == 201, response.json()
    design = response.json()["design"]
    assert design["name"] == "Reader"
    assert set(design["components"]) == {"Data", "Reader"}
    assert design["connections"][0]["kind"] == "Sub"
    positions = [c["position"] for c in design["components"].values()]
    assert positions[0] != positions[1]
    assert response.json()["warnings"][-1]["code"] == "formatting"


def test_import_a_file_named_after_its_description(api):
    upload = SimpleUploadedFile("reader.yaml", TEMPLATE.encode())

    response = api.post("/api/designs/import/", {"file": upload}, format="multipart")

    assert response.status_code == 201, response.json()
    assert response.json()["design"]["name"] == "A bucket and its reader"


def test_a_foreign_tag_is_kept_and_reported(api):
    text = (
        "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
        "      Code: !Rain::Embed handler.py\n"
    )

    response = api.post("/api/designs/import/", {"template": text}, format="json")

    assert response.status_code == 201
    (warning, _) = response.json()["warnings"]
    assert warning["code"] == "foreign_tag"
    assert warning["path"] == "/Resources/Fn/Properties/Code"
    design_id = response.json()["design"]["id"]
    exported = api.get(f"/api/designs/{design_id}/export/").content.decode()
    assert "Code: !Rain::Embed handler.py" in exported


@pytest.mark.parametrize(
    "body, field, code",
    [
        ({"template": "Resources: [\n  - : :\n"}, "", "parse_error"),
        ({"template": "- a\n"}, "", "parse_error"),
        ({"template": "Description: nothing\n"}, "Resources", "invalid_template"),
        ({"template": "Resources:\n  A: {Properties: {}}\n"}, "Resources.A.Type", None),
        ({}, "template", None),
        ({"template": "x", "file": "y"}, "file", None),
    ],
)
def test_bad_templates_are_refused_and_nothing_is_stored(api, body, field, code):
    response = api.post("/api/designs/import/", body, format="json")

    assert response.status_code == 400, response.json()
    errors = response.json()["errors"]
    assert any(error["field"].startswith(field) for error in errors), errors
    if code:
        assert response.json()["code"] == code
    assert Design.objects.count() == 0


def test_a_parse_error_says_where(api):
    response = api.post(
        "/api/designs/import/",
        {"template": "Resources:\n  A: {Type: X::Y::Z}\n  A: {Type: X::Y::Z}\n"},
        format="json",
    )

    error = response.json()["errors"][0]
    assert error["line"] == 2
    assert error["column"] >= 1


def test_import_and_export_commands_round_trip(tmp_path, user):
    source = tmp_path / "reader.yaml"
    source.write_text(TEMPLATE)
    out = io.StringIO()

    call_command("import_template", str(source), "--user", user.username, stdout=out)
    design_id = int(out.getvalue().strip())
    exported = io.StringIO()
    call_command("export_design", design_id, "--format", "json", stdout=exported)

    assert json.loads(exported.getvalue()) == parse_template(TEMPLATE)


def test_the_import_command_reports_where_a_template_is_wrong(tmp_path, user):
    source = tmp_path / "broken.yaml"
    source.write_text("Resources:\n  A: {Type: X::Y::Z}\n  A: {Type: X::Y::Z}\n")

    with pytest.raises(CommandError, match=r"broken.yaml:2:\d+: parse_error"):
        call_command("import_template", str(source), "--user", user.username)
    assert Design.objects.count() == 0


@pytest.mark.skipif(not CORPUS_FILES, reason="the corpus is not beside the checkout")
def test_a_corpus_template_with_a_cluster_imports_and_exports_the_same(api):
    path = next(p for p in CORPUS_FILES if "rds-cluster" in p.name)
    response = api.post(
        "/api/designs/import/", {"template": path.read_text()}, format="json"
    )

    assert response.status_code == 201, response.json()
    design = Design.objects.get(pk=response.json()["design"]["id"])
    assert to_template(design.document) == parse_template(path.read_text())


@pytest.mark.parametrize(
    "text, filename, expected",
    [
        ("Resources: {B: {Type: AWS::S3::Bucket}}\n", "my-stack.yaml", "my-stack"),
        (
            "Description: |\n  First line\n  second\n"
            "Resources: {B: {Type: AWS::S3::Bucket}}\n",
            "x.yaml",
            "First line",
        ),
        (
            "Resources: {B: {Type: AWS::S3::Bucket}}\n",
            "a" * 120 + ".json",
            "…" + "a" * 79,
        ),
    ],
)
def test_an_unnamed_import_is_named_sensibly(api, text, filename, expected):
    upload = SimpleUploadedFile(filename, text.encode())

    response = api.post("/api/designs/import/", {"file": upload}, format="multipart")

    assert response.status_code == 201, response.json()
    assert response.json()["design"]["name"] == expected


@pytest.mark.parametrize(
    "size, code", [(1_100_000, "too_large"), (3_000_000, "bad_request")]
)
def test_a_template_over_the_limits_is_a_json_400(api, size, code):
    body = json.dumps({"template": "Description: " + "x" * size + "\n"})

    response = api.generic(
        "POST", "/api/designs/import/", body, content_type="application/json"
    )

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert Design.objects.count() == 0
