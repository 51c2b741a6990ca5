"""Lay a design out left to right along its references, with Graphviz's dot.

Plain Python: it reads the design document and returns positions; the caller
stores them. Components that have children (a VPC holding its subnets) are
drawn as Graphviz clusters around them.
"""

import json
import logging
import time

import graphviz

from designer.template.references import find_references

logger = logging.getLogger(__name__)

# The canvas draws each component as a 184 x 56 pixel box; Graphviz works
# in inches at 72 points each, and a canvas pixel is taken as one point.
NODE_WIDTH_POINTS = 184
NODE_HEIGHT_POINTS = 56
POINTS_PER_INCH = 72

# Past this many components dot's ranking and crossing minimisation dominate
# the time (96 s for 400 tangled components with the defaults); bounded
# passes and the newer ranking bring that under a second.
LARGE_DESIGN = 150


LARGE_OPTIONS = {
    "newrank": "true",
    "mclimit": "0.05",
    "nslimit": "0.5",
    "nslimit1": "0.5",
    "remincross": "false",
}


class LayoutError(Exception):
    """Raised when Graphviz cannot lay the design out."""


def layout_positions(document):
    """Return {logical_id: {"x", "y"}} for every component, from Graphviz."""
    components = document["components"]
    if not components:
        return {}
    started = time.perf_counter()
    graph = _graph(document)
    try:
        output = graph.pipe(format="json", engine="dot")
    except graphviz.ExecutableNotFound as error:
        raise LayoutError(
            "Graphviz's dot is not installed: install Debian's graphviz package."
        ) from error
    except Exception as error:
        raise LayoutError(f"Graphviz could not lay the design out: {error}") from error
    positions = _positions(json.loads(output), components)
    logger.debug(
        "Laid out %s components in %.3f s",
        len(components),
        time.perf_counter() - started,
    )
    return positions


# Building the graph


def _graph(document):
    components = document["components"]
    large = len(components) > LARGE_DESIGN
    graph = graphviz.Digraph(
        graph_attr={
            "rankdir": "LR",
            "nodesep": "0.5",
            "ranksep": "1.2",
            # Straight edges and fewer ordering passes: the canvas draws its
            # own edges, only the node positions are read back.
            "splines": "false",
            "compound": "true",
            **(LARGE_OPTIONS if large else {}),
        },
        node_attr={
            "shape": "box",
            "fixedsize": "true",
            "width": str(NODE_WIDTH_POINTS / POINTS_PER_INCH),
            "height": str(NODE_HEIGHT_POINTS / POINTS_PER_INCH),
            "label": "",
        },
    )

    # Groups become clusters, nested as the parents nest
    children = {}
    for logical_id, component in components.items():
        parent = component.get("parent")
        if parent in components and parent != logical_id:
            children.setdefault(parent, []).append(logical_id)
    roots = [
        logical_id
        for logical_id, component in components.items()
        if component.get("parent") not in components
    ]
    for logical_id in roots:
        _add(graph, logical_id, children, seen=set())

    # References, from the referrer to what it refers to
    for reference in find_references(document):
        if reference.target in children or reference.source in children:
            continue  # an edge to a cluster's own node would pull it out
        graph.edge(_node_id(reference.source), _node_id(reference.target))
    return graph


def _add(graph, logical_id, children, seen):
    if logical_id in seen:
        return
    seen.add(logical_id)
    if logical_id not in children:
        graph.node(_node_id(logical_id))
        return
    with graph.subgraph(name=f"cluster_{logical_id}") as cluster:
        cluster.attr(margin="24")
        cluster.node(_node_id(logical_id))
        for child in children[logical_id]:
            _add(cluster, child, children, seen)


def _node_id(logical_id):
    # Logical IDs are alphanumeric; the prefix keeps dot's keywords apart.
    return f"c_{logical_id}"


# Reading positions back


def _positions(layout, components):
    """Return canvas positions from dot's json output (y grows downwards)."""
    top = float(layout["bb"].split(",")[3])
    positions = {}
    for item in layout.get("objects", []):
        name = item.get("name", "")
        if not name.startswith("c_") or "pos" not in item:
            continue
        logical_id = name[2:]
        if logical_id in components:
            x, y = (float(value) for value in item["pos"].split(","))
            positions[logical_id] = {"x": round(x, 1), "y": round(top - y, 1)}
    missing = set(components) - set(positions)
    assert not missing, f"Graphviz returned no position for {sorted(missing)}."
    return positions
