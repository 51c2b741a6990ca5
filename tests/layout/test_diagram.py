"""Diagrams drawn by Graphviz: formats, colours, labels, escaping."""

import pytest

from designer.demo import demo_document
from designer.layout.diagram import render_diagram
from relationships.catalog import colour_for


def test_svg_shows_every_component_with_its_colour_and_edge_labels():
    svg = render_diagram("Demo", demo_document(), "svg").decode()

    for logical_id in demo_document()["components"]:
        assert logical_id in svg
    assert "AWS::RDS::DBCluster" in svg
    assert colour_for("RDS").lower() in svg.lower()
    assert "AssociatedRoles.RoleArn" in svg


@pytest.mark.parametrize(
    "output_format, magic", [("png", b"\x89PNG"), ("pdf", b"%PDF")]
)
def test_binary_formats(output_format, magic):
    assert render_diagram("Demo", demo_document(), output_format).startswith(magic)


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "<b>bold</b>",
        '"quoted" & <tag attr="x">',
        "\\N \\G \\L",
    ],
)
def test_markup_in_names_and_descriptions_stays_text(text):
    document = demo_document()
    document["template"]["Description"] = text

    svg = render_diagram(text, document, "svg").decode()

    assert "<script" not in svg
    assert "<b>" not in svg
    escaped = (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
    )
    assert escaped in svg
