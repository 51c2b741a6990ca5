"""Graphviz lays designs out along their references, groups as clusters."""

import pytest

from designer.demo import demo_document
from designer.layout import layout_positions
from designer.layout.graphviz_layout import NODE_HEIGHT_POINTS, NODE_WIDTH_POINTS


def component(type_name, parent=None, **properties):
    item = {
        "type": type_name,
        "properties": properties,
        "attributes": {},
        "position": {"x": 0, "y": 0},
    }
    if parent:
        item["parent"] = parent
    return item


def overlapping(positions):
    boxes = list(positions.values())
    for index, first in enumerate(boxes):
        for second in boxes[index + 1 :]:
            if (
                abs(first["x"] - second["x"]) < NODE_WIDTH_POINTS
                and abs(first["y"] - second["y"]) < NODE_HEIGHT_POINTS
            ):
                return first, second
    return None


def chain(length, fan=7):
    components = {}
    for number in range(length):
        properties = {}
        if number % 5:
            properties = {
                "Previous": {"Fn::GetAtt": [f"Role{number - 1}", "Arn"]},
                "Other": {"Ref": f"Role{(number * fan) % length}"},
            }
        components[f"Role{number}"] = component("AWS::IAM::Role", **properties)
    return {"template": {}, "components": components}


def test_every_component_gets_a_position_and_none_overlap():
    positions = layout_positions(demo_document())

    assert set(positions) == set(demo_document()["components"])
    assert overlapping(positions) is None


def test_references_run_left_to_right():
    positions = layout_positions(demo_document())

    # The writer refers to the cluster, which refers to the role, which
    # refers to the bucket.
    order = ["ClusterWriter", "Cluster", "S3ImportRole", "ImportBucket"]
    xs = [positions[logical_id]["x"] for logical_id in order]
    assert xs == sorted(xs)


def test_grouped_components_lay_out_together():
    document = {
        "template": {},
        "components": {
            "Vpc": component("AWS::EC2::VPC", CidrBlock="10.0.0.0/16"),
            "SubnetA": component("AWS::EC2::Subnet", parent="Vpc"),
            "SubnetB": component("AWS::EC2::Subnet", parent="Vpc"),
            "Bucket": component("AWS::S3::Bucket"),
            "Queue": component("AWS::SQS::Queue"),
        },
    }
    for subnet in ("SubnetA", "SubnetB"):
        document["components"][subnet]["properties"]["VpcId"] = {"Ref": "Vpc"}

    positions = layout_positions(document)

    assert overlapping(positions) is None
    group = [positions[name] for name in ("Vpc", "SubnetA", "SubnetB")]
    outside = [positions[name] for name in ("Bucket", "Queue")]
    top = min(p["y"] for p in group)
    bottom = max(p["y"] for p in group)
    left = min(p["x"] for p in group)
    right = max(p["x"] for p in group)
    assert not any(left <= p["x"] <= right and top <= p["y"] <= bottom for p in outside)


def test_an_empty_design_needs_no_graphviz():
    assert layout_positions({"template": {}, "components": {}}) == {}


@pytest.mark.parametrize("size", [40, 300])
def test_tangled_designs_lay_out_without_overlap(size):
    positions = layout_positions(chain(size))

    assert len(positions) == size
    assert overlapping(positions) is None
