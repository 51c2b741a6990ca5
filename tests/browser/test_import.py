"""Importing CloudFormation templates from the design list."""

import re

import pytest

from designer import actions
from designer.models import Design
from tests.corpus import CORPUS_DIR

from .test_editor import DESIGN, wait_for_design

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# An Aurora cluster sending Enhanced Monitoring, which the engine has
# suggestions for
ENHANCED_MONITORING = CORPUS_DIR / (
    "aws__aws-cdk__packages__@aws-cdk-testing__framework-integ__test__aws-rds__"
    "test__integ.cluster-enhanced-monitoring.js.snapshot__"
    "EnhancedMonitoringClusterStack.template.json"
)
DUPLICATE_KEYS = (
    "Resources:\n  A:\n    Type: AWS::SNS::Topic\n  A:\n    Type: AWS::SQS::Queue\n"
)
RAIN = (
    "Resources:\n"
    "  Site:\n"
    "    Type: AWS::S3::Bucket\n"
    "    Properties:\n"
    "      BucketName: !Rain::Embed name.txt\n"
)
REAL_NODES = "window.designer.cy.nodes().not('.ghost')"


# Helpers


def pick_file(page, path):
    """Import `path` through the Import button's file picker."""
    with page.expect_file_chooser() as chooser:
        page.click('[data-command="import-template"]')
    chooser.value.set_files(path)


def file_transfer(page, name, text):
    """Return a DataTransfer holding one file, as a drag from the desktop."""
    return page.evaluate_handle(
        """([name, text]) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], name, { type: "application/x-yaml" }));
            return transfer;
        }""",
        [name, text],
    )


# Tests


def test_a_corpus_template_opens_with_its_components_notice_and_suggestions(
    page, person, artifacts
):
    """The picked file becomes a design; the editor shows the import's notice."""
    if not ENHANCED_MONITORING.exists():
        pytest.skip(f"The corpus is missing: {ENHANCED_MONITORING} is absent")
    page.goto(page.live_server_url + "/")
    note = " ".join(page.locator("#import-note").inner_text().split())
    assert "keeps every section, value and intrinsic function" in note
    assert "only comments and formatting may change" in note

    pick_file(page, ENHANCED_MONITORING)
    page.wait_for_url(re.compile(r"/designs/\d+/$"))
    wait_for_design(page)

    # Every imported component is on the canvas
    design = Design.objects.get(owner=person)
    components = design.document["components"]
    assert any(c["type"] == "AWS::RDS::DBCluster" for c in components.values())
    page.wait_for_function(f"(n) => {REAL_NODES}.length === n", arg=len(components))
    assert page.evaluate(f"() => Object.keys({DESIGN}.components).length") == len(
        components
    )

    # The import's warnings, at the top of the canvas
    notice = page.locator("#import-notice")
    notice.wait_for(state="visible")
    assert "Comments and formatting are not kept" in notice.text_content()
    assert notice.locator('[data-code="formatting"]').count() == 1

    # The engine's suggestions for the cluster
    page.click("#tab-suggestions")
    page.wait_for_selector(".suggestion")
    assert page.locator(".suggestion").count() >= 1
    page.wait_for_timeout(300)
    page.screenshot(path=artifacts / "import-editor.png")

    # Dismissed, and not shown again
    notice.locator('[data-command="dismiss-import-notice"]').click()
    notice.wait_for(state="hidden")
    page.reload()
    wait_for_design(page)
    assert page.locator("#import-notice").is_hidden()


def test_a_foreign_tag_is_named_with_its_path(page, person, tmp_path):
    """A preprocessor's tag is listed in the notice at the value holding it."""
    template = tmp_path / "site.yaml"
    template.write_text(RAIN)
    page.goto(page.live_server_url + "/")

    pick_file(page, template)
    page.wait_for_url(re.compile(r"/designs/\d+/$"))
    wait_for_design(page)

    foreign = page.locator('#import-notice [data-code="foreign_tag"]')
    foreign.wait_for(state="visible")
    assert "/Resources/Site/Properties/BucketName" in foreign.text_content()
    assert "!Rain::Embed" in foreign.text_content()


def test_a_dropped_broken_template_shows_its_line_and_creates_nothing(
    page, person, artifacts
):
    """Duplicate keys are refused at their line; the list stays as it was."""
    actions.do_create_design(person, "Already here")
    page.goto(page.live_server_url + "/")
    zone = page.locator("#design-drop")

    # Highlighted while a file is dragged over
    transfer = file_transfer(page, "broken.yaml", DUPLICATE_KEYS)
    zone.dispatch_event("dragenter", {"dataTransfer": transfer})
    assert "is-drop-target" in zone.get_attribute("class")
    page.screenshot(path=artifacts / "import-dragging.png")

    zone.dispatch_event("drop", {"dataTransfer": transfer})
    problem = page.locator("#import-problem")
    problem.wait_for(state="visible")
    assert "is-drop-target" not in zone.get_attribute("class")
    assert "Could not import broken.yaml" in problem.text_content()
    assert "line 2, column 3: Duplicate found 'A'" in problem.text_content()
    page.screenshot(path=artifacts / "import-refused.png")

    assert page.url == page.live_server_url + "/"
    assert Design.objects.filter(owner=person).count() == 1
    assert page.locator("tr[data-design-id]").count() == 1


def test_a_file_that_is_not_a_template_is_refused_before_sending(page, person):
    """Only .yaml, .yml, .json and .template files are sent to the server."""
    page.goto(page.live_server_url + "/")
    requests = []
    page.on(
        "request", lambda r: requests.append(r.url) if "/import/" in r.url else None
    )

    transfer = file_transfer(page, "notes.txt", "hello")
    page.locator("#design-drop").dispatch_event("drop", {"dataTransfer": transfer})

    problem = page.locator("#import-problem")
    problem.wait_for(state="visible")
    assert ".yaml, .yml, .json or .template" in problem.text_content()
    assert requests == []
    assert not Design.objects.filter(owner=person).exists()
