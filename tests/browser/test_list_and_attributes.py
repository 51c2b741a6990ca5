"""The design list's rename and delete; attributes, wheel zoom and drops."""

import pytest

from designer import actions
from designer.models import Design

from .test_editor import CANVAS, DESIGN, drop_type, node_point, open_editor

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_designs_are_renamed_and_deleted_from_the_list(page, person, artifacts):
    """Rename saves the new name; delete asks first, then removes the row."""
    design = actions.do_create_design(person, "Old name")
    actions.do_create_design(person, "Keeper")
    page.goto(page.live_server_url + "/")

    row = page.locator(f'tr[data-design-id="{design.pk}"]')
    row.locator('[data-command="rename-design"]').click()
    row.locator("input[name=name]").fill("New name")
    page.screenshot(path=artifacts / "list-rename.png")
    row.locator("button[type=submit]").click()
    page.wait_for_selector("#status-line[data-level=success]")
    assert row.locator("a").first.text_content() == "New name"
    assert Design.objects.get(pk=design.pk).name == "New name"

    page.once("dialog", lambda dialog: dialog.accept())
    row.locator('[data-command="delete-design"]').click()
    row.wait_for(state="detached")
    assert not Design.objects.filter(pk=design.pk).exists()
    assert page.locator("tr[data-design-id]").count() == 1


def test_attributes_are_saved_and_deletion_counts_only_references(page, person):
    """DeletionPolicy and DependsOn save as attributes; the notice counts refs."""
    design = actions.do_create_design(person, "Attributes")
    design, _ = actions.do_add_component(
        design,
        person,
        "AWS::S3::Bucket",
        logical_id="Bucket",
        position={"x": 250, "y": 200},
    )
    actions.do_add_component(
        design,
        person,
        "AWS::IAM::Role",
        logical_id="Role",
        position={"x": 650, "y": 200},
    )
    open_editor(page, design)
    page.mouse.click(*node_point(page, "Bucket"))
    form = page.locator("#properties-form")
    form.locator("summary", has_text="Resource attributes").click()
    form.locator('[data-key="attributes.DeletionPolicy"]').select_option("Retain")
    form.locator('[data-key="attributes.DependsOn"]').select_option(["Role"])
    before = page.evaluate(f"() => {DESIGN}.version")
    form.locator("button[type=submit]").click()
    page.wait_for_function(f"(v) => {DESIGN}.version > v", arg=before)
    attributes = Design.objects.get(pk=design.pk).document["components"]["Bucket"][
        "attributes"
    ]
    assert attributes == {"DeletionPolicy": "Retain", "DependsOn": ["Role"]}
    assert form.locator('[data-key="attributes.DeletionPolicy"]').input_value() == (
        "Retain"
    )

    # Nothing refers to the bucket: the notice names no reference
    form.locator('[data-command="delete-component"]').click()
    page.wait_for_function("() => window.designer.cy.nodes().length === 1")
    assert page.locator("#status-line").text_content() == "Deleted Bucket."


def test_wheel_zooms_and_a_drop_on_a_node_is_nudged_free(page, person):
    """One wheel gesture zooms by a quarter or more; drops never stack nodes."""
    design = actions.do_create_design(person, "Wheel")
    design, _ = actions.do_add_component(
        design,
        person,
        "AWS::S3::Bucket",
        logical_id="Bucket",
        position={"x": 300, "y": 200},
    )
    open_editor(page, design)

    x, y = node_point(page, "Bucket")
    box = page.locator(CANVAS).bounding_box()
    added = drop_type(page, "AWS::IAM::Role", x - box["x"], y - box["y"])
    positions = page.evaluate(
        f"(id) => [{DESIGN}.components.Bucket.position,"
        f" {DESIGN}.components[id].position]",
        added,
    )
    bucket, role = positions
    assert abs(bucket["x"] - role["x"]) >= 184 or abs(bucket["y"] - role["y"]) >= 56

    start = page.evaluate("() => window.designer.cy.zoom()")
    page.mouse.move(box["x"] + 400, box["y"] + 300)
    page.mouse.wheel(0, -300)
    page.wait_for_function("(z) => window.designer.cy.zoom() > z * 1.25", arg=start)
