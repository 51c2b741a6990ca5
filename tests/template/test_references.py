import pytest

from designer.template.document import add_component, new_document
from designer.template.references import (
    Reference,
    find_references,
    json_pointer,
    parse_pointer,
    rename_references,
)


def design(**components):
    """Return a document whose components have the given properties."""
    document = new_document()
    document["template"]["Parameters"] = {"Env": {"Type": "String"}}
    for logical_id, properties in components.items():
        document["components"][logical_id] = {
            "type": "AWS::S3::Bucket",
            "properties": properties,
            "attributes": {},
            "position": {"x": 0, "y": 0},
        }
    return document


def simple(references):
    return [(r.source, r.target, r.kind, r.attribute, r.path) for r in references]


@pytest.mark.parametrize(
    ("value", "kind", "attribute", "suffix"),
    [
        ({"Ref": "Role"}, "Ref", None, ""),
        ({"Fn::GetAtt": ["Role", "Arn"]}, "GetAtt", "Arn", ""),
        ({"Fn::GetAtt": "Role.Arn"}, "GetAtt", "Arn", ""),
        ({"Fn::GetAtt": "Role.Endpoint.Address"}, "GetAtt", "Endpoint.Address", ""),
        ({"Fn::Sub": "arn:${Role}"}, "Sub", None, ""),
        ({"Fn::Sub": "${Role.Arn}/x"}, "Sub", "Arn", ""),
        ({"Fn::Sub": ["${Role.Arn}", {}]}, "Sub", "Arn", ""),
        (
            {"Fn::Sub": ["${Name}", {"Name": {"Ref": "Role"}}]},
            "Ref",
            None,
            "/Fn::Sub/1/Name",
        ),
        (
            {"Fn::Join": ["", ["a", {"Ref": "Role"}]]},
            "Ref",
            None,
            "/Fn::Join/1/1",
        ),
        (
            {"Fn::If": ["Cond", {"Fn::GetAtt": ["Role", "Arn"]}, "x"]},
            "GetAtt",
            "Arn",
            "/Fn::If/1",
        ),
    ],
)
def test_each_kind_of_property_reference_is_found(value, kind, attribute, suffix):
    document = design(Role={}, Cluster={"RoleArn": value})
    assert simple(find_references(document)) == [
        (
            "Cluster",
            "Role",
            kind,
            attribute,
            "/components/Cluster/properties/RoleArn" + suffix,
        )
    ]


@pytest.mark.parametrize(
    "value",
    [
        {"Ref": "Env"},
        {"Ref": "AWS::Region"},
        {"Ref": "Nowhere"},
        {"Fn::GetAtt": ["Nowhere", "Arn"]},
        {"Fn::Sub": "${!Role}"},
        {"Fn::Sub": "${AWS::Region}-${Env}"},
        {"Fn::Sub": ["${Role}", {"Role": "literal"}]},
        {"Fn::FindInMap": ["Role", "Role", "Role"]},
        "Role",
        {"Ref": "Role", "Other": 1},
    ],
)
def test_non_component_targets_and_literals_are_not_connections(value):
    document = design(Role={}, Cluster={"Value": value})
    assert find_references(document) == []


def test_a_component_referring_to_itself_is_not_a_connection():
    document = design(Cluster={"Name": {"Ref": "Cluster"}})
    assert find_references(document) == []


def test_references_inside_lists_point_at_the_intrinsic():
    document = design(
        Role={},
        Cluster={"AssociatedRoles": [{"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}]},
    )
    (reference,) = find_references(document)
    assert reference.path == "/components/Cluster/properties/AssociatedRoles/0/RoleArn"


def test_sub_reports_each_distinct_placeholder_once():
    document = design(Role={}, Cluster={"P": {"Fn::Sub": "${Role}${Role}${Role.Arn}"}})
    assert [(r.kind, r.attribute) for r in find_references(document)] == [
        ("Sub", None),
        ("Sub", "Arn"),
    ]


@pytest.mark.parametrize(
    ("depends_on", "paths"),
    [
        ("Role", ["/components/Cluster/attributes/DependsOn"]),
        (
            ["Env", "Role", "Bucket"],
            [
                "/components/Cluster/attributes/DependsOn/1",
                "/components/Cluster/attributes/DependsOn/2",
            ],
        ),
    ],
)
def test_depends_on_as_string_or_list(depends_on, paths):
    document = design(Role={}, Bucket={}, Cluster={})
    document["components"]["Cluster"]["attributes"]["DependsOn"] = depends_on
    references = find_references(document)
    assert [r.path for r in references] == paths
    assert {r.kind for r in references} == {"DependsOn"}


def test_metadata_references_count_but_the_condition_name_does_not():
    document = design(Role={}, Cluster={})
    document["components"]["Cluster"]["attributes"] = {
        "Condition": "Role",
        "Metadata": {"Init": {"Fn::Sub": "--role ${Role}"}},
    }
    assert simple(find_references(document)) == [
        ("Cluster", "Role", "Sub", None, "/components/Cluster/attributes/Metadata/Init")
    ]


def test_reference_as_dict():
    reference = Reference("A", "B", "/components/A/properties/P", "Ref")
    assert reference.as_dict() == {
        "source": "A",
        "target": "B",
        "path": "/components/A/properties/P",
        "kind": "Ref",
        "attribute": None,
    }


def test_json_pointer_escapes_tilde_and_slash():
    pointer = json_pointer(["components", "A", "properties", "a/b~c", 0])
    assert pointer == "/components/A/properties/a~1b~0c/0"
    assert parse_pointer(pointer) == ["components", "A", "properties", "a/b~c", "0"]


def test_find_references_is_linear_on_large_designs():
    document = new_document()
    for index in range(10_000):
        add_component(
            document,
            "AWS::EC2::Subnet",
            logical_id=f"Subnet{index}",
            properties={"VpcId": {"Ref": f"Subnet{index - 1}"}} if index else {},
        )
    assert len(find_references(document)) == 9_999


# Renaming


def test_rename_rewrites_every_form_and_leaves_the_rest():
    document = design(
        Role={},
        Cluster={
            "A": {"Ref": "Role"},
            "B": {"Fn::GetAtt": ["Role", "Arn"]},
            "C": {"Fn::GetAtt": "Role.Arn"},
            "D": {"Fn::Sub": "${Role}/${Role.Arn}/${!Role}/${RoleX}"},
            "E": {"Fn::Sub": ["${Role}-${Other}", {"Other": {"Ref": "Role"}}]},
            "F": {"Fn::Sub": ["${Role}", {"Role": {"Ref": "Role"}}]},
            "G": {"Ref": "RoleX"},
            "H": "Role",
        },
    )
    cluster = document["components"]["Cluster"]
    cluster["attributes"] = {"DependsOn": ["Role", "Env"], "Condition": "Role"}
    document["template"]["Outputs"] = {
        "Arn": {"Value": {"Fn::GetAtt": ["Role", "Arn"]}}
    }

    rename_references(document, "Role", "Admin")

    assert cluster["properties"] == {
        "A": {"Ref": "Admin"},
        "B": {"Fn::GetAtt": ["Admin", "Arn"]},
        "C": {"Fn::GetAtt": "Admin.Arn"},
        "D": {"Fn::Sub": "${Admin}/${Admin.Arn}/${!Role}/${RoleX}"},
        "E": {"Fn::Sub": ["${Admin}-${Other}", {"Other": {"Ref": "Admin"}}]},
        "F": {"Fn::Sub": ["${Role}", {"Role": {"Ref": "Admin"}}]},
        "G": {"Ref": "RoleX"},
        "H": "Role",
    }
    assert cluster["attributes"] == {"DependsOn": ["Admin", "Env"], "Condition": "Role"}
    assert document["template"]["Outputs"]["Arn"]["Value"] == {
        "Fn::GetAtt": ["Admin", "Arn"]
    }


def test_rename_rewrites_a_depends_on_string():
    document = design(Role={}, Cluster={})
    document["components"]["Cluster"]["attributes"]["DependsOn"] = "Role"
    rename_references(document, "Role", "Admin")
    assert document["components"]["Cluster"]["attributes"]["DependsOn"] == "Admin"
