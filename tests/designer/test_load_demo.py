"""The load_demo command."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from designer import actions
from designer.demo import DEMO_DESIGN_NAME, DEMO_PASSWORD, DEMO_USERNAME
from designer.models import Design
from designer.template.document import to_template
from designer.template.validation import validate_template

pytestmark = pytest.mark.django_db


def test_creates_the_demo_user_and_design():
    call_command("load_demo")

    user = get_user_model().objects.get(username=DEMO_USERNAME)
    assert user.check_password(DEMO_PASSWORD)
    design = Design.objects.get(owner=user, name=DEMO_DESIGN_NAME)
    components = design.document["components"]
    assert components["Cluster"]["properties"]["Engine"] == "aurora-postgresql"
    assert components["Cluster"]["properties"]["AssociatedRoles"] == [
        {"RoleArn": {"Fn::GetAtt": ["S3ImportRole", "Arn"]}, "FeatureName": "s3Import"}
    ]
    trust = components["S3ImportRole"]["properties"]["AssumeRolePolicyDocument"]
    assert trust["Statement"][0]["Principal"] == {"Service": "rds.amazonaws.com"}
    assert components["ImportBucket"]["type"] == "AWS::S3::Bucket"


def test_the_demo_export_has_no_cfn_lint_error():
    call_command("load_demo")

    design = Design.objects.get(name=DEMO_DESIGN_NAME)
    findings = validate_template(to_template(design.document))
    assert [f for f in findings if f.severity == "error"] == []


def test_running_again_keeps_the_edits():
    call_command("load_demo")
    design = Design.objects.get(name=DEMO_DESIGN_NAME)
    actions.do_update_component(
        design, design.owner, "Cluster", position={"x": 1.0, "y": 2.0}
    )

    call_command("load_demo")

    assert Design.objects.filter(name=DEMO_DESIGN_NAME).count() == 1
    kept = Design.objects.get(name=DEMO_DESIGN_NAME)
    assert kept.document["components"]["Cluster"]["position"] == {"x": 1.0, "y": 2.0}


def test_reset_replaces_the_demo():
    call_command("load_demo")
    call_command("load_demo", "--reset")

    design = Design.objects.get(name=DEMO_DESIGN_NAME)
    assert design.version == 1
