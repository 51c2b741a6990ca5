"""The editor in a real browser: palette, canvas, properties, undo, export."""

import re

import pytest

from designer import actions

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CANVAS = "#canvas"

# The editor's state, as the page exposes it for tests
DESIGN = "window.designer.store.getState().design"
POSITION = DESIGN + ".components[id].position"


# Helpers


def open_new_design(page, name):
    """Create a design from the list page and wait for its editor."""
    page.fill("#new-design-name", name)
    page.click("#new-design button[type=submit]")
    page.wait_for_url(re.compile(r"/designs/\d+/$"))
    wait_for_design(page)


def open_editor(page, design):
    page.goto(f"{page.live_server_url}/designs/{design.pk}/")
    wait_for_design(page)


def wait_for_design(page):
    page.wait_for_function(f"() => window.designer && {DESIGN}")
    page.wait_for_selector(".palette__item")


def component_ids(page):
    return page.evaluate(f"() => Object.keys({DESIGN}.components)")


def drop_type(page, resource_type, x, y):
    """Drag a palette entry onto the canvas at (x, y) within the canvas."""
    before = len(component_ids(page))
    item = page.locator(f'.palette__item[data-type="{resource_type}"]')
    item.drag_to(page.locator(CANVAS), target_position={"x": x, "y": y})
    page.wait_for_function(
        f"(n) => Object.keys({DESIGN}.components).length > n", arg=before
    )
    return page.evaluate("() => window.designer.store.getState().selected")


def node_point(page, logical_id):
    """Return the page coordinates of a node's centre."""
    box = page.locator(CANVAS).bounding_box()
    rendered = page.evaluate(
        "(id) => window.designer.cy.getElementById(id).renderedPosition()", logical_id
    )
    return box["x"] + rendered["x"], box["y"] + rendered["y"]


def drag_between(page, start, end, steps=12):
    page.mouse.move(*start)
    page.mouse.down()
    for step in range(1, steps + 1):
        fraction = step / steps
        page.mouse.move(
            start[0] + (end[0] - start[0]) * fraction,
            start[1] + (end[1] - start[1]) * fraction,
        )
    page.mouse.up()


def version(page):
    return page.evaluate(f"() => {DESIGN}.version")


def wait_for_text(page, selector, condition):
    page.wait_for_function(
        f"() => {{ const t = document.querySelector('{selector}').textContent;"
        f" return {condition}; }}"
    )


# Tests


def test_cluster_and_role_connect_and_export_cleanly(page, artifacts):
    """Drop, connect through the choice dialog, and export valid YAML."""
    open_new_design(page, "Aurora with a role")

    cluster = drop_type(page, "AWS::RDS::DBCluster", 220, 260)
    role = drop_type(page, "AWS::IAM::Role", 560, 260)

    # Each lands where it was dropped
    box = page.locator(CANVAS).bounding_box()
    x, y = node_point(page, role)
    assert abs(x - (box["x"] + 560)) < 3 and abs(y - (box["y"] + 260)) < 3

    # Draw the connection in connect mode
    page.click('[data-command="connect-mode"]')
    drag_between(page, node_point(page, cluster), node_point(page, role))
    dialog = page.locator("#choice-dialog")
    dialog.wait_for(state="visible")
    page.screenshot(path=artifacts / "editor-choice.png")
    dialog.locator("label.choice", has_text="AssociatedRoles").click()
    dialog.locator("button[type=submit]").click()
    dialog.wait_for(state="hidden")

    labels = page.wait_for_function(
        "() => window.designer.cy.edges().map((e) => e.data('label')).join(',')"
    ).json_value()
    assert "AssociatedRoles.RoleArn" in labels
    assert page.evaluate("() => window.designer.cy.edges().length") == 1
    assert page.evaluate("() => window.designer.cy.edges('.eh-preview').length") == 0
    page.click('[data-command="connect-mode"]')
    page.click('[data-command="fit"]')
    page.screenshot(path=artifacts / "editor-connected.png")

    # Export: the role's Arn under AssociatedRoles, and no cfn-lint errors
    page.click('[data-command="export"]')
    wait_for_text(page, "#export-text", "t.includes('Resources')")
    yaml = page.locator("#export-text").text_content()
    pattern = rf"AssociatedRoles:\s*\n\s*- RoleArn: !GetAtt '?{role}\.Arn'?"
    assert re.search(pattern, yaml), yaml

    wait_for_text(page, "#findings-summary", "!t.startsWith('Running')")
    page.screenshot(path=artifacts / "editor-export.png")
    summary = page.locator("#findings-summary").text_content()
    assert page.locator(".finding--error").count() == 0, summary

    page.check("input[name=export-format][value=json]", force=True)
    page.wait_for_selector("#export-text[data-format=json]")
    assert '"Fn::GetAtt"' in page.locator("#export-text").text_content()

    with page.expect_download() as download:
        page.click('[data-command="download-export"]')
    assert download.value.suggested_filename == "aurora-with-a-role.json"
    page.click('[data-command="copy-export"]')
    page.wait_for_selector("#export-note[data-level=success]")


def test_properties_panel_shows_a_refusal_at_its_field(page, person, artifacts):
    """A 400 from saving the properties is shown beside the field at fault."""
    design = actions.do_create_design(person, "Refusals")
    design, logical_id = actions.do_add_component(
        design, person, "AWS::IAM::Role", position={"x": 300, "y": 200}
    )
    open_editor(page, design)

    page.mouse.click(*node_point(page, logical_id))
    form = page.locator("#properties-form")
    form.wait_for(state="visible")
    assert form.locator(".field").first.get_attribute("data-field") == "logical_id"

    form.locator("[name=logical_id]").fill("Not valid!")
    form.locator("button[type=submit]").click()
    error = form.locator('[data-field="logical_id"] .field__error')
    error.wait_for(state="visible")
    assert "letters" in error.text_content()
    assert page.locator("#status-line").get_attribute("data-level") == "error"
    page.screenshot(path=artifacts / "editor-field-error.png")


def test_undo_and_redo_a_move(page, person):
    """Undo puts a moved component back; redo moves it again."""
    design = actions.do_create_design(person, "Moves")
    design, logical_id = actions.do_add_component(
        design, person, "AWS::S3::Bucket", position={"x": 200, "y": 200}
    )
    open_editor(page, design)

    start = version(page)
    x, y = node_point(page, logical_id)
    drag_between(page, (x, y), (x + 150, y + 90))
    page.wait_for_function(f"(v) => {DESIGN}.version > v", arg=start)
    moved = page.evaluate(f"(id) => {POSITION}", logical_id)
    assert moved != {"x": 200, "y": 200}

    page.click('[data-command="undo"]')
    page.wait_for_function(f"(id) => {POSITION}.x === 200", arg=logical_id)
    on_canvas = page.evaluate(
        "(id) => window.designer.cy.getElementById(id).position()", logical_id
    )
    assert on_canvas == {"x": 200, "y": 200}

    page.locator(CANVAS).click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+Shift+Z")
    page.wait_for_function(
        f"([id, x]) => {POSITION}.x === x", arg=[logical_id, moved["x"]]
    )
    assert page.locator('[data-command="redo"]').is_disabled()


def test_undo_an_added_component_with_the_keyboard(page):
    """Ctrl+Z removes a dropped component, Ctrl+Y restores it, Delete deletes."""
    open_new_design(page, "Adds")
    added = drop_type(page, "AWS::S3::Bucket", 300, 200)

    page.locator(CANVAS).click(position={"x": 5, "y": 5})
    page.keyboard.press("Control+z")
    page.wait_for_function("() => window.designer.cy.nodes().length === 0")
    page.keyboard.press("Control+y")
    page.wait_for_function("() => window.designer.cy.nodes().length === 1")
    assert component_ids(page) == [added]

    # The Delete key removes the selected component
    page.mouse.click(*node_point(page, added))
    page.locator("#properties-form").wait_for(state="visible")
    page.keyboard.press("Delete")
    page.wait_for_function("() => window.designer.cy.nodes().length === 0")
    assert page.locator("#properties-form").is_hidden()


def test_palette_search_filters_types(page, artifacts):
    """Typing in the palette's search lists only the matching types."""
    open_new_design(page, "Search")
    cluster = '.palette__item[data-type="AWS::RDS::DBCluster"]'
    page.wait_for_selector(cluster)

    page.fill("#palette-search", "bucket")
    page.wait_for_selector(cluster, state="detached")
    types = page.eval_on_selector_all(
        ".palette__item", "(items) => items.map((item) => item.dataset.type)"
    )
    assert types[0] == "AWS::S3::Bucket"
    page.screenshot(path=artifacts / "editor-search.png")

    page.fill("#palette-search", "no such type at all")
    page.locator(".palette__none").wait_for()
    assert page.locator(".palette__item").count() == 0


def test_a_lint_finding_leads_to_its_field(page, person, artifacts):
    """Clicking a cfn-lint finding selects its component and marks the field."""
    design = actions.do_create_design(person, "Findings")
    design, logical_id = actions.do_add_component(
        design,
        person,
        "AWS::RDS::DBCluster",
        properties={"Engine": "no-such-engine"},
        position={"x": 100, "y": 100},
    )
    open_editor(page, design)

    page.click('[data-command="export"]')
    finding = page.locator(".finding--error", has_text="no-such-engine")
    finding.wait_for()
    page.screenshot(path=artifacts / "editor-findings.png")
    finding.locator("button.finding__component").click()

    page.locator("#export-dialog").wait_for(state="hidden")
    error = page.locator('[data-field="properties.Engine"] .field__error')
    error.wait_for(state="visible")
    assert "E3" in error.text_content()
    assert page.evaluate("() => window.designer.store.getState().selected") == (
        logical_id
    )
    page.screenshot(path=artifacts / "editor-finding-field.png")
