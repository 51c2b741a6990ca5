"""The properties panel after saves, cfn-lint at the field, and connections."""

import pytest

from designer import actions
from designer.demo import demo_document
from designer.models import Design

from .test_editor import DESIGN, node_point, open_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STATE = "window.designer.store.getState()"


def cluster_design(person, name, **properties):
    design = actions.do_create_design(person, name)
    properties = {"Engine": "aurora-postgresql", **properties}
    return actions.do_add_component(
        design,
        person,
        "AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties=properties,
        position={"x": 300, "y": 200},
    )[0]


def select_cluster(page):
    page.mouse.click(*node_point(page, "Cluster"))
    form = page.locator("#properties-form")
    form.wait_for(state="visible")
    return form


def field(form, name):
    return form.locator(f'[data-key="properties.{name}"]')


def save_and_wait(page, form):
    before = page.evaluate(f"() => {DESIGN}.version")
    form.locator("button[type=submit]").click()
    page.wait_for_function(f"(v) => {DESIGN}.version > v", arg=before)


def server_properties(design):
    design = Design.objects.get(pk=design.pk)
    return design.document["components"]["Cluster"]["properties"]


def test_revert_and_later_saves_use_the_latest_saved_values(page, person, artifacts):
    """Save 20, save 21, Revert shows 21; saving another field keeps 21."""
    design = cluster_design(person, "Saves", BackupRetentionPeriod=7)
    open_editor(page, design)
    form = select_cluster(page)

    for value in ("20", "21"):
        field(form, "BackupRetentionPeriod").fill(value)
        save_and_wait(page, form)
    assert field(form, "BackupRetentionPeriod").input_value() == "21"

    form.locator('[data-command="revert-component"]').click()
    assert field(form, "BackupRetentionPeriod").input_value() == "21"

    form.locator("summary", has_text="Optional properties").click()
    field(form, "Port").fill("5433")
    save_and_wait(page, form)
    page.screenshot(path=artifacts / "panel-after-saves.png")
    properties = server_properties(design)
    assert properties["BackupRetentionPeriod"] == 21
    assert properties["Port"] == 5433


def test_unsaved_edits_survive_a_change_of_selection(page, person):
    """Edits left on one component are back when it is selected again."""
    design = cluster_design(person, "Drafts", BackupRetentionPeriod=7)
    actions.do_add_component(
        design,
        person,
        "AWS::S3::Bucket",
        logical_id="Bucket",
        position={"x": 700, "y": 200},
    )
    open_editor(page, design)
    form = select_cluster(page)
    field(form, "BackupRetentionPeriod").fill("30")

    page.mouse.click(*node_point(page, "Bucket"))
    page.wait_for_function(f"() => {STATE}.selected === 'Bucket'")
    assert "unsaved" in page.locator("#status-line").text_content()

    select_cluster(page)
    assert field(form, "BackupRetentionPeriod").input_value() == "30"
    assert form.locator(".draft-note").is_visible()
    form.locator('[data-command="revert-component"]').click()
    assert field(form, "BackupRetentionPeriod").input_value() == "7"


def test_lint_findings_show_at_their_fields_after_save(page, person, artifacts):
    """An engine cfn-lint refuses, and a zero retention, show at their fields."""
    design = cluster_design(person, "Lint at the field", BackupRetentionPeriod=7)
    open_editor(page, design)
    form = select_cluster(page)

    field(form, "Engine").fill("oracle-ee")
    field(form, "BackupRetentionPeriod").fill("0")
    save_and_wait(page, form)

    engine = form.locator('[data-field="properties.Engine"] .field-finding')
    engine.first.wait_for()
    assert "oracle-ee" in engine.first.text_content()
    retention = form.locator(
        '[data-field="properties.BackupRetentionPeriod"] .field-finding'
    )
    retention.first.wait_for()
    page.screenshot(path=artifacts / "panel-lint-findings.png")

    # Fixed values clear the finding
    field(form, "Engine").fill("aurora-postgresql")
    save_and_wait(page, form)
    page.wait_for_function(
        "() => !document.querySelector("
        "'[data-field=\"properties.Engine\"] .field-finding')"
    )


def edge_point(page, index=0):
    box = page.locator("#canvas").bounding_box()
    point = page.evaluate(
        "(i) => window.designer.cy.edges().not('.ghost')[i].renderedMidpoint()", index
    )
    return box["x"] + point["x"], box["y"] + point["y"]


def test_a_selected_connection_is_removed_and_the_removal_undone(
    page, person, artifacts
):
    """Clicking an edge selects it; Delete removes it; undo brings it back."""
    design = actions.do_create_design(person, "Disconnect")
    design, _ = actions.do_add_component(
        design,
        person,
        "AWS::IAM::Role",
        logical_id="Role",
        position={"x": 650, "y": 200},
    )
    cluster_design_properties = {
        "Engine": "aurora-postgresql",
        "AssociatedRoles": [{"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}],
    }
    actions.do_add_component(
        design,
        person,
        "AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties=cluster_design_properties,
        position={"x": 250, "y": 200},
    )
    open_editor(page, design)
    page.wait_for_function(
        "() => window.designer.cy.edges().not('.ghost').length === 1"
    )

    page.mouse.click(*edge_point(page))
    panel = page.locator("#edge-panel")
    panel.wait_for(state="visible")
    assert "Cluster \u2192 Role" in panel.text_content()
    assert page.evaluate("() => window.designer.cy.edges(':selected').length") == 1
    page.screenshot(path=artifacts / "edge-selected.png")

    page.keyboard.press("Delete")
    page.wait_for_function(
        "() => window.designer.cy.edges().not('.ghost').length === 0"
    )
    assert panel.is_hidden()
    properties = server_properties(design)
    assert "AssociatedRoles" not in properties or not properties["AssociatedRoles"]

    page.click('[data-command="undo"]')
    page.wait_for_function(
        "() => window.designer.cy.edges().not('.ghost').length === 1"
    )

    # The button removes it too
    page.mouse.click(*edge_point(page))
    panel.locator('[data-command="remove-connection"]').click()
    page.wait_for_function(
        "() => window.designer.cy.edges().not('.ghost').length === 0"
    )


def test_demo_labels_are_readable_and_tidy_up_lays_out(page, person, artifacts):
    """The demo opens at a readable zoom with distinct labels; Tidy up works."""
    design = actions.do_create_design(person, "Demo", document=demo_document())
    open_editor(page, design)
    page.wait_for_timeout(300)
    page.screenshot(path=artifacts / "demo-initial.png")
    assert page.evaluate("() => window.designer.cy.zoom()") >= 0.6

    labels = page.evaluate(
        "() => window.designer.cy.edges().not('.ghost').map((e) =>"
        " [e.source().id(), e.data('label')])"
    )
    assert len(set(map(tuple, labels))) == len(labels), labels

    before = page.evaluate(f"() => {DESIGN}.version")
    page.click('[data-command="tidy"]')
    page.wait_for_function(f"(v) => {DESIGN}.version > v", arg=before)
    assert not page.locator('[data-command="undo"]').is_disabled()
    page.wait_for_timeout(300)
    page.screenshot(path=artifacts / "demo-tidied.png")
