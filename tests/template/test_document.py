import pytest

from designer.template.document import (
    add_component,
    connections,
    from_template,
    new_document,
    remove_component,
    rename_component,
    to_template,
    update_component,
)
from designer.template.exceptions import TemplateInvalid


def errors_of(caught):
    return [(error.code, error.path) for error in caught.value.errors]


@pytest.fixture
def document():
    document = new_document("Test")
    document["template"]["Parameters"] = {"Env": {"Type": "String"}}
    add_component(document, "AWS::EC2::VPC", logical_id="Vpc")
    add_component(document, "AWS::IAM::Role", logical_id="Role", parent="Vpc")
    return document


def test_new_document():
    assert new_document() == {
        "template": {"AWSTemplateFormatVersion": "2010-09-09"},
        "components": {},
    }
    assert new_document("Hi")["template"]["Description"] == "Hi"


# Adding


def test_add_component_stores_a_copy_with_defaults(document):
    properties = {"Tags": [{"Key": "a", "Value": "b"}]}
    logical_id = add_component(document, "AWS::RDS::DBCluster", properties=properties)
    properties["Tags"].clear()
    assert logical_id == "DBCluster"
    added = dict(document["components"]["DBCluster"])
    position = added.pop("position")
    assert added == {
        "type": "AWS::RDS::DBCluster",
        "properties": {"Tags": [{"Key": "a", "Value": "b"}]},
        "attributes": {},
    }
    # Unplaced components go to a free cell of the grid, never on another.
    others = [
        c["position"] for k, c in document["components"].items() if k != logical_id
    ]
    assert position not in others
    assert set(position) == {"x", "y"}


def test_unplaced_components_do_not_stack(document):
    added = [add_component(document, "AWS::SQS::Queue") for _ in range(12)]

    positions = [
        (
            document["components"][k]["position"]["x"],
            document["components"][k]["position"]["y"],
        )
        for k in document["components"]
    ]
    assert len(added) == 12
    assert len(set(positions)) == len(positions)


def test_generated_ids_avoid_components_and_parameters(document):
    document["template"]["Parameters"]["Cluster"] = {"Type": "String"}
    assert add_component(document, "AWS::ECS::Cluster") == "Cluster2"
    assert add_component(document, "AWS::ECS::Cluster") == "Cluster3"
    assert list(document["components"]) == ["Vpc", "Role", "Cluster2", "Cluster3"]


def test_add_component_keeps_full_attributes_and_parent(document):
    attributes = {
        "DependsOn": ["Role"],
        "Condition": "IsProd",
        "DeletionPolicy": "Snapshot",
        "UpdateReplacePolicy": "Retain",
        "Metadata": {"Note": "x"},
        "CreationPolicy": {"ResourceSignal": {"Count": 1}},
        "UpdatePolicy": {"AutoScalingReplacingUpdate": {"WillReplace": True}},
    }
    add_component(
        document,
        "AWS::RDS::DBCluster",
        logical_id="Db",
        attributes=attributes,
        position={"x": 1.5, "y": -2},
        parent="Vpc",
    )
    component = document["components"]["Db"]
    assert component["attributes"] == attributes
    assert component["position"] == {"x": 1.5, "y": -2}
    assert component["parent"] == "Vpc"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"logical_id": "Bad-Id"}, [("invalid_logical_id", "logical_id")]),
        ({"logical_id": ""}, [("invalid_logical_id", "logical_id")]),
        ({"logical_id": "Vpc"}, [("duplicate_logical_id", "logical_id")]),
        ({"logical_id": "Env"}, [("duplicate_logical_id", "logical_id")]),
        ({"properties": []}, [("invalid_component", "properties")]),
        ({"attributes": "x"}, [("invalid_attribute", "attributes")]),
        (
            {"attributes": {"Dependson": "Vpc"}},
            [("invalid_attribute", "attributes.Dependson")],
        ),
        (
            {"attributes": {"DependsOn": 3}},
            [("invalid_attribute", "attributes.DependsOn")],
        ),
        (
            {"attributes": {"DependsOn": ["Vpc", "Ghost"]}},
            [("unknown_component", "attributes.DependsOn.1")],
        ),
        (
            {"logical_id": "Me", "attributes": {"DependsOn": "Me"}},
            [("invalid_attribute", "attributes.DependsOn")],
        ),
        (
            {"attributes": {"DeletionPolicy": "Keep"}},
            [("invalid_attribute", "attributes.DeletionPolicy")],
        ),
        (
            {"attributes": {"Condition": 1}},
            [("invalid_attribute", "attributes.Condition")],
        ),
        (
            {"attributes": {"Metadata": []}},
            [("invalid_attribute", "attributes.Metadata")],
        ),
        ({"position": [0, 0]}, [("invalid_component", "position")]),
        ({"position": {"x": "1", "y": 0}}, [("invalid_component", "position.x")]),
        ({"position": {"x": 0}}, [("invalid_component", "position.y")]),
        ({"position": {"x": True, "y": 0}}, [("invalid_component", "position.x")]),
        (
            {"position": {"x": float("nan"), "y": 0}},
            [("invalid_component", "position.x")],
        ),
        (
            {"position": {"x": 0, "y": 0, "z": 1}},
            [("invalid_component", "position.z")],
        ),
        ({"parent": "Ghost"}, [("invalid_component", "parent")]),
        ({"logical_id": "Me", "parent": "Me"}, [("invalid_component", "parent")]),
    ],
)
def test_add_component_rejects_bad_input(document, kwargs, expected):
    before = {key: dict(value) for key, value in document["components"].items()}
    with pytest.raises(TemplateInvalid) as caught:
        add_component(document, "AWS::S3::Bucket", **kwargs)
    assert errors_of(caught) == expected
    assert document["components"] == before


@pytest.mark.parametrize(
    "resource_type", ["S3::Bucket", "AWS::S3::Bucket::Extra", "", None, "AWS::S3::"]
)
def test_add_component_rejects_a_bad_type(document, resource_type):
    with pytest.raises(TemplateInvalid) as caught:
        add_component(document, resource_type, logical_id="B")
    assert errors_of(caught) == [("invalid_component", "type")]


@pytest.mark.parametrize(
    "resource_type",
    [
        "AWS::S3::Bucket",
        "Custom::My-Thing",
        "My::Org::Widget::MODULE",
        "Alexa::ASK::Skill",
    ],
)
def test_add_component_accepts_resource_types(document, resource_type):
    add_component(document, resource_type, logical_id="B")


def test_add_component_reports_every_problem_at_once(document):
    with pytest.raises(TemplateInvalid) as caught:
        add_component(
            document,
            "Nope",
            logical_id="a b",
            properties=1,
            attributes={"Bogus": 1},
            position={"x": None, "y": 0},
            parent="Ghost",
        )
    assert errors_of(caught) == [
        ("invalid_logical_id", "logical_id"),
        ("invalid_component", "type"),
        ("invalid_component", "properties"),
        ("invalid_attribute", "attributes.Bogus"),
        ("invalid_component", "position.x"),
        ("invalid_component", "parent"),
    ]
    assert caught.value.as_dict()["message"] == "6 problems found."


# Updating


def test_update_component_replaces_only_what_is_given(document):
    update_component(document, "Role", properties={"Path": "/"})
    update_component(document, "Role", position={"x": 5, "y": 6})
    role = document["components"]["Role"]
    assert role["properties"] == {"Path": "/"}
    assert role["position"] == {"x": 5, "y": 6}
    assert role["parent"] == "Vpc"

    update_component(document, "Role", attributes={"DependsOn": "Vpc"})
    assert role["attributes"] == {"DependsOn": "Vpc"}
    assert role["properties"] == {"Path": "/"}


def test_update_component_parent_none_clears_and_a_name_sets(document):
    update_component(document, "Role", parent=None)
    assert "parent" not in document["components"]["Role"]
    update_component(document, "Role", parent="Vpc")
    assert document["components"]["Role"]["parent"] == "Vpc"


def test_update_component_refuses_a_parent_cycle(document):
    with pytest.raises(TemplateInvalid) as caught:
        update_component(document, "Vpc", parent="Role")
    assert errors_of(caught) == [("invalid_component", "parent")]


def test_update_component_validates_everything_before_changing(document):
    with pytest.raises(TemplateInvalid) as caught:
        update_component(
            document, "Role", properties={"Path": "/"}, position={"x": 0, "y": "1"}
        )
    assert errors_of(caught) == [("invalid_component", "position.y")]
    assert document["components"]["Role"]["properties"] == {}


def test_update_unknown_component(document):
    with pytest.raises(TemplateInvalid) as caught:
        update_component(document, "Ghost", properties={})
    assert errors_of(caught) == [("unknown_component", "logical_id")]


# Renaming


def test_rename_component_keeps_order_and_rewrites_references(document):
    add_component(
        document,
        "AWS::EC2::Subnet",
        logical_id="Subnet",
        properties={"VpcId": {"Ref": "Vpc"}, "Name": {"Fn::Sub": "${Vpc.CidrBlock}"}},
        attributes={"DependsOn": ["Vpc"]},
        parent="Vpc",
    )
    document["template"]["Outputs"] = {"Id": {"Value": {"Ref": "Vpc"}}}

    rename_component(document, "Vpc", "Network")

    assert list(document["components"]) == ["Network", "Role", "Subnet"]
    subnet = document["components"]["Subnet"]
    assert subnet["properties"] == {
        "VpcId": {"Ref": "Network"},
        "Name": {"Fn::Sub": "${Network.CidrBlock}"},
    }
    assert subnet["attributes"] == {"DependsOn": ["Network"]}
    assert subnet["parent"] == "Network"
    assert document["components"]["Role"]["parent"] == "Network"
    assert document["template"]["Outputs"]["Id"]["Value"] == {"Ref": "Network"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Vpc", "Role", ("duplicate_logical_id", "logical_id")),
        ("Vpc", "Env", ("duplicate_logical_id", "logical_id")),
        ("Vpc", "My-Vpc", ("invalid_logical_id", "logical_id")),
        ("Ghost", "Other", ("unknown_component", "logical_id")),
    ],
)
def test_rename_component_refuses(document, old, new, expected):
    with pytest.raises(TemplateInvalid) as caught:
        rename_component(document, old, new)
    assert errors_of(caught) == [expected]
    assert list(document["components"]) == ["Vpc", "Role"]


def test_rename_component_to_itself_changes_nothing(document):
    rename_component(document, "Vpc", "Vpc")
    assert list(document["components"]) == ["Vpc", "Role"]


# Removing


def test_remove_component_cascades_to_every_reference(document):
    add_component(
        document,
        "AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties={
            "AssociatedRoles": [
                {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}, "FeatureName": "s3"},
                {"RoleArn": "arn:aws:iam::1:role/kept"},
            ],
            "MonitoringRoleArn": {
                "Fn::If": ["C", {"Fn::GetAtt": "Role.Arn"}, {"Ref": "AWS::NoValue"}]
            },
            "VpcConfig": {"SecurityGroupIds": [{"Ref": "Role"}]},
            "Engine": "aurora-postgresql",
            "Name": {"Fn::Sub": "${Role}-db"},
        },
        attributes={
            "DependsOn": ["Vpc", "Role"],
            "Metadata": {"Keep": 1, "Uses": {"Ref": "Role"}},
        },
        parent="Role",
    )
    add_component(
        document,
        "AWS::S3::Bucket",
        logical_id="Bucket",
        attributes={"DependsOn": "Role"},
    )
    document["template"]["Outputs"] = {
        "RoleArn": {"Value": {"Fn::GetAtt": ["Role", "Arn"]}},
        "VpcId": {"Value": {"Ref": "Vpc"}},
    }

    removed = remove_component(document, "Role")

    assert removed == [
        "/components/Role",
        "/components/Cluster/properties/AssociatedRoles/0",
        "/components/Cluster/properties/MonitoringRoleArn",
        "/components/Cluster/properties/VpcConfig",
        "/components/Cluster/properties/Name",
        "/components/Cluster/attributes/DependsOn/1",
        "/components/Cluster/attributes/Metadata/Uses",
        "/components/Bucket/attributes/DependsOn",
        "/template/Outputs/RoleArn",
        "/components/Cluster/parent",
    ]
    cluster = document["components"]["Cluster"]
    assert cluster["properties"] == {
        "AssociatedRoles": [{"RoleArn": "arn:aws:iam::1:role/kept"}],
        "Engine": "aurora-postgresql",
    }
    assert cluster["attributes"] == {"DependsOn": ["Vpc"], "Metadata": {"Keep": 1}}
    assert "parent" not in cluster
    assert document["components"]["Bucket"]["attributes"] == {}
    assert list(document["template"]["Outputs"]) == ["VpcId"]
    assert list(document["components"]) == ["Vpc", "Cluster", "Bucket"]
    assert connections(document) == [
        {
            "source": "Cluster",
            "target": "Vpc",
            "path": "/components/Cluster/attributes/DependsOn/0",
            "kind": "DependsOn",
            "attribute": None,
        }
    ]


def test_remove_component_drops_emptied_lists_up_to_the_property(document):
    add_component(
        document,
        "AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties={
            "AssociatedRoles": [
                {"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}},
                {"RoleArn": {"Ref": "Role"}},
            ],
            "Nested": {"Deep": [[{"Ref": "Role"}]], "Other": 1},
        },
    )
    remove_component(document, "Role")
    assert document["components"]["Cluster"]["properties"] == {"Nested": {"Other": 1}}


def test_remove_component_drops_empty_outputs_section(document):
    document["template"]["Outputs"] = {"Arn": {"Value": {"Fn::Sub": "${Role.Arn}"}}}
    remove_component(document, "Role")
    assert "Outputs" not in document["template"]


def test_remove_unknown_component(document):
    with pytest.raises(TemplateInvalid) as caught:
        remove_component(document, "Ghost")
    assert errors_of(caught) == [("unknown_component", "logical_id")]


# To and from templates


def test_to_template_orders_sections_and_keys_and_drops_the_layout():
    document = {
        "template": {
            "Outputs": {"O": {"Value": 1}},
            "Custom": {"a": 1},
            "Parameters": {"P": {"Type": "String"}},
            "Description": "d",
            "AWSTemplateFormatVersion": "2010-09-09",
            "Conditions": {},
            "Transform": "AWS::Serverless-2016-10-31",
        },
        "components": {
            "B": {
                "type": "AWS::S3::Bucket",
                "properties": {"Z": 1, "A": 2},
                "attributes": {
                    "Metadata": {"m": 1},
                    "DependsOn": "A",
                    "Condition": "C",
                    "DeletionPolicy": "Retain",
                },
                "position": {"x": 1, "y": 2},
                "parent": "A",
            },
            "A": {
                "type": "AWS::S3::Bucket",
                "properties": {},
                "attributes": {},
                "position": {"x": 0, "y": 0},
            },
        },
    }
    template = to_template(document)
    assert list(template) == [
        "AWSTemplateFormatVersion",
        "Description",
        "Transform",
        "Parameters",
        "Conditions",
        "Resources",
        "Outputs",
        "Custom",
    ]
    assert list(template["Resources"]) == ["B", "A"]
    bucket = template["Resources"]["B"]
    assert list(bucket) == [
        "Type",
        "Condition",
        "DependsOn",
        "DeletionPolicy",
        "Metadata",
        "Properties",
    ]
    assert list(bucket["Properties"]) == ["Z", "A"]
    assert template["Resources"]["A"] == {"Type": "AWS::S3::Bucket"}
    assert "position" not in repr(template) and "parent" not in repr(template)


def test_to_template_does_not_alias_the_document(document):
    update_component(document, "Role", properties={"Tags": [{"Key": "k"}]})
    template = to_template(document)
    template["Resources"]["Role"]["Properties"]["Tags"].append({})
    assert document["components"]["Role"]["properties"] == {"Tags": [{"Key": "k"}]}


def test_from_template_round_trips_and_lays_out_a_grid():
    template = {
        "Description": "d",
        "Resources": {
            f"Bucket{index}": {"Type": "AWS::S3::Bucket", "DeletionPolicy": "Retain"}
            for index in range(20)
        },
        "Outputs": {"O": {"Value": {"Ref": "Bucket0"}}},
    }
    document = from_template(template, positions={"Bucket3": {"x": 7, "y": 9}})
    assert document["template"] == {
        "Description": "d",
        "Outputs": {"O": {"Value": {"Ref": "Bucket0"}}},
    }
    assert document["components"]["Bucket0"]["attributes"] == {
        "DeletionPolicy": "Retain"
    }
    assert document["components"]["Bucket3"]["position"] == {"x": 7, "y": 9}
    others = [
        (c["position"]["x"], c["position"]["y"])
        for name, c in document["components"].items()
        if name != "Bucket3"
    ]
    assert len(set(others)) == len(others)
    assert to_template(document) == template


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ([], [("invalid_template", "")]),
        ({}, [("invalid_template", "Resources")]),
        ({"Resources": {}}, [("invalid_template", "Resources")]),
        ({"Resources": []}, [("invalid_template", "Resources")]),
        ({"Resources": {"B": "x"}}, [("invalid_component", "Resources.B")]),
        ({"Resources": {"B": {}}}, [("invalid_component", "Resources.B.Type")]),
        (
            {"Resources": {"B": {"Type": 1}}},
            [("invalid_component", "Resources.B.Type")],
        ),
        (
            {"Resources": {"B-1": {"Type": "AWS::S3::Bucket"}}},
            [("invalid_logical_id", "Resources.B-1")],
        ),
        (
            {
                "Parameters": {"B": {"Type": "String"}},
                "Resources": {"B": {"Type": "AWS::S3::Bucket"}},
            },
            [("duplicate_logical_id", "Resources.B")],
        ),
        (
            {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Colour": "red"}}},
            [("invalid_attribute", "Resources.B.Colour")],
        ),
        (
            {"Resources": {"B": {"Type": "AWS::S3::Bucket", "Properties": []}}},
            [("invalid_component", "Resources.B.Properties")],
        ),
        (
            {"Resources": {"B": {"Type": "AWS::S3::Bucket", "DependsOn": "Ghost"}}},
            [("unknown_component", "Resources.B.DependsOn")],
        ),
    ],
)
def test_from_template_rejects(template, expected):
    with pytest.raises(TemplateInvalid) as caught:
        from_template(template)
    assert errors_of(caught) == expected


def test_from_template_collects_errors_across_resources():
    with pytest.raises(TemplateInvalid) as caught:
        from_template(
            {
                "Resources": {
                    "A-1": {"Type": "AWS::S3::Bucket"},
                    "B": {"Properties": {}},
                    "C": {"Type": "AWS::S3::Bucket", "DependsOn": ["Nope"]},
                }
            }
        )
    assert errors_of(caught) == [
        ("invalid_logical_id", "Resources.A-1"),
        ("invalid_component", "Resources.B.Type"),
        ("unknown_component", "Resources.C.DependsOn.0"),
    ]


def test_a_custom_resources_legacy_version_key_is_kept():
    template = {
        "Resources": {
            "Trigger": {
                "Type": "Custom::Trigger",
                "Version": "1.0",
                "Properties": {"ServiceToken": "arn:aws:lambda:x"},
            }
        }
    }

    document = from_template(template)

    assert document["components"]["Trigger"]["attributes"] == {"Version": "1.0"}
    assert to_template(document)["Resources"] == template["Resources"]
