from designer.template.references import find_references
from relationships.index import DesignIndex
from relationships.walker import component_edges

from .designs import bucket, cluster, component, design, getatt, role


def sample():
    fn = component(
        "AWS::Lambda::Function",
        Role=getatt("Role"),
        Environment={
            "Variables": {
                "A": {
                    "Fn::Sub": "${Bucket}/${Cluster.Endpoint.Address}/${!Skip}"
                    "/${AWS::Region}"
                },
                "B": {"Fn::Sub": ["${X}", {"X": {"Ref": "Bucket"}}]},
            }
        },
    )
    fn["attributes"]["DependsOn"] = ["Bucket"]
    return design(
        Cluster=cluster(),
        Role=role(),
        Bucket=bucket(),
        Fn=fn,
        Other=component(
            "AWS::S3::Bucket",
            Tags=[{"Key": "k", "Value": {"Fn::GetAtt": "Bucket.Arn"}}],
        ),
    )


def test_the_walker_finds_what_the_designer_finds():
    document = sample()
    index = DesignIndex(document)

    mine = sorted(
        (s, e.target, e.kind) for s, edges in index.outgoing.items() for e in edges
    )
    theirs = sorted((r.source, r.target, r.kind) for r in find_references(document))
    assert mine == theirs


def test_pseudo_parameters_and_escapes_are_not_edges():
    edges = component_edges(sample()["components"]["Fn"])

    assert {e.target for e in edges} == {"Role", "Bucket", "Cluster", "AWS::Region"}


def test_cycles_are_found_iteratively_in_a_long_chain():
    components = {f"B{i}": bucket() for i in range(3000)}
    for i in range(2999):
        components[f"B{i}"]["attributes"]["DependsOn"] = [f"B{i + 1}"]
    components["B2999"]["attributes"]["DependsOn"] = ["B0"]

    (group,) = DesignIndex(design(**components)).cycles()

    assert len(group) == 3000


def test_creates_cycle_and_new_logical_id():
    index = DesignIndex(
        design(
            Cluster=cluster(AssociatedRoles=[{"RoleArn": getatt("Role")}]), Role=role()
        )
    )

    assert index.creates_cycle([("Role", "Cluster")])
    assert not index.creates_cycle([("Cluster", "Role")])
    assert index.new_logical_id("Role") == "Role2"
    assert index.new_logical_id("Fresh") == "Fresh"
