"""Render a design as a diagram (SVG, PNG or PDF) through Graphviz.

The same colours and labels as the canvas: each component a box in its
service's colour showing its logical ID and type, each reference an arrow
labelled with its property. Every label is escaped, so names and
descriptions holding markup or Graphviz escapes stay text.
"""

import logging

import graphviz

from designer.template.references import find_references, parse_pointer
from relationships.catalog import colour_for

from .graphviz_layout import LayoutError

logger = logging.getLogger(__name__)

FORMATS = {
    "svg": "image/svg+xml",
    "png": "image/png",
    "pdf": "application/pdf",
}


def render_diagram(name, document, output_format):
    """Return the diagram of a design as bytes in output_format."""
    assert output_format in FORMATS, f"{output_format!r} is not one of {FORMATS}."
    graph = graphviz.Digraph(
        graph_attr={
            "rankdir": "LR",
            "label": _text(_title(name, document)),
            "labelloc": "t",
            "fontname": "Helvetica",
            "fontsize": "16",
            "nodesep": "0.4",
            "ranksep": "1.0",
        },
        node_attr={
            "shape": "box",
            "style": "rounded,filled",
            "fillcolor": "white",
            "penwidth": "2",
            "fontname": "Helvetica",
            "fontsize": "11",
        },
        edge_attr={"fontname": "Helvetica", "fontsize": "9", "color": "#64748b"},
    )

    # Components, grouped as the design groups them
    components = document["components"]
    for logical_id, component in components.items():
        resource_type = component.get("type", "")
        service = resource_type.split("::")[1] if resource_type.count("::") == 2 else ""
        graph.node(
            f"c_{logical_id}",
            label=_text(f"{logical_id}\n{resource_type}"),
            color=colour_for(service or resource_type),
        )

    # References, labelled with their property
    for reference in find_references(document):
        graph.edge(
            f"c_{reference.source}",
            f"c_{reference.target}",
            label=_text(_property_label(reference.path)),
        )

    try:
        return graph.pipe(format=output_format, engine="dot")
    except graphviz.ExecutableNotFound as error:
        raise LayoutError(
            "Graphviz's dot is not installed: install Debian's graphviz package."
        ) from error
    except graphviz.CalledProcessError as error:
        logger.warning("dot failed to render a diagram: %s", error)
        raise LayoutError(f"Graphviz could not render the diagram: {error}") from error


def _title(name, document):
    description = document["template"].get("Description")
    if isinstance(description, str) and description.strip():
        return f"{name}\n{description.strip()}"
    return name


def _property_label(path):
    """Return "AssociatedRoles.RoleArn" for a reference's JSON Pointer."""
    tokens = parse_pointer(path)[3:]
    return ".".join(str(token) for token in tokens if not str(token).isdigit())


def _text(value):
    """Return value as a Graphviz label that can only ever be plain text.

    escape() doubles backslashes so \\N or \\G are not expanded; nohtml()
    stops a value written <like this> from being read as an HTML label.
    Line breaks become Graphviz's own centred breaks.
    """
    escaped = graphviz.escape(str(value)).replace("\n", "\\n")
    return graphviz.nohtml(escaped)
