"""The relationship engine in the editor: feature choices, suggestions, ghosts."""

import re

import pytest

from designer import actions
from designer.suggestions import suggestions_for
from tests.browser.test_editor import (
    CANVAS,
    DESIGN,
    drag_between,
    drop_type,
    node_point,
    open_editor,
    open_new_design,
    wait_for_design,
    wait_for_text,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CY = "window.designer.cy"
REAL_NODES = f"{CY}.nodes().not('.ghost')"
ITEM = ".suggestion"


# Helpers


def monitored_cluster(person, name):
    """Return a design whose cluster sends Enhanced Monitoring, with no role."""
    design = actions.do_create_design(person, name)
    design, logical_id = actions.do_add_component(
        design,
        person,
        "AWS::RDS::DBCluster",
        logical_id="Db",
        properties={"Engine": "aurora-postgresql", "MonitoringInterval": 60},
        position={"x": 300, "y": 240},
    )
    return design, logical_id


def with_a_second_cluster(person, name):
    """Return a design with a ready monitoring role and a cluster lacking one."""
    design, _ = monitored_cluster(person, name)
    (suggestion,) = suggestions_for(design)
    design = actions.do_accept_suggestion(design, person, suggestion.id)
    design, logical_id = actions.do_add_component(
        design,
        person,
        "AWS::RDS::DBCluster",
        logical_id="Reports",
        properties={"Engine": "aurora-postgresql", "MonitoringInterval": 30},
        position={"x": 300, "y": 420},
    )
    return design, logical_id


def block_under(yaml, key):
    """Return the lines of the YAML block that starts at `key:`."""
    lines = yaml.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == f"{key}:")
    indent = len(lines[start]) - len(lines[start].lstrip())
    block = []
    for line in lines[start + 1 :]:
        depth = len(line) - len(line.lstrip())
        item = depth == indent and line.lstrip().startswith("- ")
        if line.strip() and depth <= indent and not item:
            break
        block.append(line)
    return "\n".join(block)


# Tests


def test_a_cluster_drawn_to_a_bucket_gets_an_s3_import_role(page, artifacts):
    """Picking s3Import creates a role between them, bound by FeatureName."""
    open_new_design(page, "Aurora imports from S3")
    cluster = drop_type(page, "AWS::RDS::DBCluster", 140, 220)
    bucket = drop_type(page, "AWS::S3::Bucket", 740, 220)

    # Draw the connection; the dialog asks which feature
    page.click('[data-command="connect-mode"]')
    drag_between(page, node_point(page, cluster), node_point(page, bucket))
    dialog = page.locator("#choice-dialog")
    dialog.wait_for(state="visible")
    assert dialog.locator("label.choice").count() == 2
    page.screenshot(path=artifacts / "suggestions-feature-choice.png")
    dialog.locator("label.choice", has=page.locator("input[value=s3Import]")).click()
    dialog.locator("button[type=submit]").click()
    dialog.wait_for(state="hidden")
    page.click('[data-command="connect-mode"]')

    # A real role, with edges cluster -> role -> bucket
    page.wait_for_function(f"() => {REAL_NODES}.length === 3")
    role = page.evaluate(
        f"() => {REAL_NODES}.filter((n) => n.data('type') === 'AWS::IAM::Role').id()"
    )
    edges = page.evaluate(
        f"() => {CY}.edges().not('.ghost')"
        ".map((e) => [e.source().id(), e.target().id()])"
    )
    assert [cluster, role] in edges and [role, bucket] in edges, edges
    page.click('[data-command="fit"]')
    page.screenshot(path=artifacts / "suggestions-s3-import.png")

    # The export binds the role to the cluster for s3Import
    page.click('[data-command="export"]')
    wait_for_text(page, "#export-text", "t.includes('Resources')")
    yaml = page.locator("#export-text").text_content()
    assert re.search(rf"^  {role}:\n    Type: AWS::IAM::Role$", yaml, re.M), yaml
    associated = block_under(yaml, "AssociatedRoles")
    assert "FeatureName: s3Import" in associated, yaml
    assert re.search(rf"RoleArn: !GetAtt '?{role}\.Arn'?", associated), yaml


def test_a_suggestion_is_explained_previewed_and_accepted(page, person, artifacts):
    """A monitored cluster without a role is offered one, drawn as a ghost."""
    design, cluster = monitored_cluster(person, "Monitoring")
    open_editor(page, design)

    # Listed without selecting anything, and drawn as a dashed ghost
    item = page.locator(ITEM, has_text="Enhanced Monitoring")
    item.wait_for()
    assert page.locator("#suggestion-count").text_content() == "1"
    page.wait_for_function(f"() => {CY}.nodes('.ghost').length === 1")
    ghost = page.evaluate(
        f"""() => {{
          const node = {CY}.nodes('.ghost')[0];
          const edge = {CY}.edges('.ghost')[0];
          return {{
            border: node.style('border-style'),
            selectable: node.selectable(),
            edge: [edge.source().id(), edge.target().id(), edge.style('line-style')],
          }};
        }}"""
    )
    assert ghost["border"] == "dashed" and not ghost["selectable"]
    assert ghost["edge"][0] == cluster and ghost["edge"][2] == "dashed"

    # Hovering highlights the ghost and the cluster
    item.hover()
    page.wait_for_function(f"() => {CY}.nodes('.ghost.is-suggested').length === 1")
    assert page.evaluate(
        f"(id) => {CY}.getElementById(id).hasClass('is-suggested')", cluster
    )

    # A component's chip selects it, and the list stays in view
    item.locator(".chip", has_text=cluster).click()
    page.wait_for_function(
        "(id) => window.designer.store.getState().selected === id", arg=cluster
    )
    assert page.locator("#suggestions-panel").is_visible()

    # Why this? and Preview
    item.get_by_role("button", name="Why this?").click()
    assert (
        "monitoring.rds.amazonaws.com"
        in item.locator(".suggestion__why").text_content()
    )
    assert item.locator(".suggestion__docs a").count() >= 1
    item.get_by_role("button", name="Preview").click()
    added = item.locator(".diff__line--add").first
    added.wait_for()
    assert added.text_content().startswith("+")
    page.screenshot(path=artifacts / "suggestions-preview.png")

    # Accept: a real role, the suggestion and its ghost gone
    item.get_by_role("button", name="Accept").click()
    page.wait_for_function(f"() => {REAL_NODES}.length === 2")
    item.wait_for(state="detached")
    assert page.evaluate(f"() => {CY}.elements('.ghost').length") == 0
    components = page.evaluate(f"() => {DESIGN}.components")
    assert components[cluster]["properties"]["MonitoringRoleArn"]
    page.screenshot(path=artifacts / "suggestions-accepted.png")

    # It was the person's own edit: undo brings the suggestion back
    page.click('[data-command="undo"]')
    page.wait_for_function(f"() => {REAL_NODES}.length === 1")
    item.wait_for()


def test_a_dismissed_suggestion_stays_gone(page, person, artifacts):
    """Dismiss removes a suggestion and its ghost, also after a reload."""
    design, _ = monitored_cluster(person, "Dismissals")
    open_editor(page, design)
    item = page.locator(ITEM, has_text="Enhanced Monitoring")
    item.wait_for()
    page.screenshot(path=artifacts / "suggestions-list.png")

    item.get_by_role("button", name="Dismiss").click()
    item.wait_for(state="detached")
    assert page.evaluate(f"() => {CY}.elements('.ghost').length") == 0
    assert page.locator("#status-line").text_content().startswith("Dismissed")

    page.reload()
    wait_for_design(page)
    wait_for_text(page, "#suggestions-summary", "t.startsWith('No suggestions')")
    assert page.locator(ITEM).count() == 0
    assert page.evaluate(f"() => {CY}.nodes('.ghost').length") == 0
    assert page.locator(CANVAS).is_visible()


def test_a_suggestion_with_choices_draws_and_applies_the_picked_one(
    page, person, artifacts
):
    """The radio buttons pick the ghost drawn and the choice accepted."""
    design, cluster = with_a_second_cluster(person, "Choices")
    open_editor(page, design)
    item = page.locator(ITEM, has_text=cluster)
    item.wait_for()

    # The first choice reuses the role: a ghost edge, no ghost node
    reuse = item.locator("input[value='use:DbMonitoringRole']")
    assert reuse.is_checked()
    page.wait_for_function(f"() => {CY}.edges('.ghost').length === 1")
    assert page.evaluate(f"() => {CY}.nodes('.ghost').length") == 0
    assert page.evaluate(f"() => {CY}.edges('.ghost').target().id()") == (
        "DbMonitoringRole"
    )

    # Creating one instead draws its role
    item.locator("label.choice", has_text="Create a monitoring role").click()
    page.wait_for_function(f"() => {CY}.nodes('.ghost').length === 1")
    item.hover()
    page.screenshot(path=artifacts / "suggestions-choices.png")

    item.get_by_role("button", name="Accept").click()
    page.wait_for_function(f"() => {REAL_NODES}.length === 4")
    status = page.locator("#status-line").text_content()
    assert "Create a monitoring role" in status, status
