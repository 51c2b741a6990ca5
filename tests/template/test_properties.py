"""Property-based checks: random designs survive rename and export."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.template.document import from_template, rename_component, to_template
from designer.template.export import to_json, to_yaml
from designer.template.importer import parse_template
from designer.template.references import find_references

NAMES = ["Vpc", "Subnet", "Role", "Cluster", "Bucket", "Queue", "Topic", "Db2"]
OTHER_TARGETS = ["Env", "AWS::Region", "Missing"]
ATTRIBUTES = ["Arn", "Endpoint.Address", "Id"]

literals = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2010-09-09", "yes", "null", "1.0", "a\nb\n", "${!Vpc}"]),
    st.integers(-5, 5),
    st.booleans(),
    st.none(),
)


def references(targets):
    """Return a strategy for intrinsics that may reference the targets."""
    target = st.sampled_from(targets)
    attribute = st.sampled_from(ATTRIBUTES)
    return st.one_of(
        target.map(lambda name: {"Ref": name}),
        st.tuples(target, attribute).map(lambda t: {"Fn::GetAtt": list(t)}),
        st.tuples(target, attribute).map(lambda t: {"Fn::GetAtt": ".".join(t)}),
        st.tuples(target, attribute).map(
            lambda t: {"Fn::Sub": f"x-${{{t[0]}}}-${{{t[0]}.{t[1]}}}-${{!{t[0]}}}"}
        ),
        st.tuples(target, target).map(
            lambda t: {"Fn::Sub": [f"${{{t[0]}}}", {t[0]: {"Ref": t[1]}}]}
        ),
    )


def values(targets):
    """Return a strategy for property values holding references and literals."""
    leaf = st.one_of(literals, references(targets))
    return st.recursive(
        leaf,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(
                st.sampled_from(["Key", "Value", "Items"]), inner, max_size=3
            ),
            st.lists(inner, min_size=2, max_size=2).map(
                lambda items: {"Fn::If": ["Cond", *items]}
            ),
        ),
        max_leaves=8,
    )


@st.composite
def templates(draw):
    """Return a random template whose resources reference each other."""
    names = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6, unique=True))
    targets = names + OTHER_TARGETS
    resources = {}
    for name in names:
        resource = {"Type": "AWS::Test::Thing"}
        depends_on = draw(st.lists(st.sampled_from(names), max_size=2, unique=True))
        depends_on = [item for item in depends_on if item != name]
        if depends_on:
            resource["DependsOn"] = depends_on
        properties = draw(
            st.dictionaries(
                st.sampled_from(["A", "B", "C", "D"]), values(targets), max_size=4
            )
        )
        if properties:
            resource["Properties"] = properties
        resources[name] = resource
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Parameters": {"Env": {"Type": "String"}},
        "Resources": resources,
        "Outputs": {"Out": {"Value": draw(references(targets))}},
    }


def as_read_from_yaml(node):
    """Return node as it reads back from YAML, where GetAtt is always a list."""
    if isinstance(node, dict):
        if len(node) == 1 and isinstance(node.get("Fn::GetAtt"), str):
            return {"Fn::GetAtt": node["Fn::GetAtt"].split(".", 1)}
        return {key: as_read_from_yaml(value) for key, value in node.items()}
    if isinstance(node, list):
        return [as_read_from_yaml(item) for item in node]
    return node


def moved(reference, old, new):
    """Return the reference as it should read after renaming old to new."""
    prefix = f"/components/{old}/"
    path = reference.path
    if path.startswith(prefix):
        path = f"/components/{new}/" + path[len(prefix) :]
    return (
        new if reference.source == old else reference.source,
        new if reference.target == old else reference.target,
        path,
        reference.kind,
        reference.attribute,
    )


FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@FAST
@given(templates(), st.data())
def test_rename_moves_every_connection_and_nothing_else(template, data):
    document = from_template(template)
    old = data.draw(st.sampled_from(list(document["components"])))
    before = [moved(ref, old, "Renamed") for ref in find_references(document)]

    rename_component(document, old, "Renamed")

    after = [
        (ref.source, ref.target, ref.path, ref.kind, ref.attribute)
        for ref in find_references(document)
    ]
    assert after == before
    assert all(old != ref.target for ref in find_references(document))

    # Renaming back restores the template exactly
    rename_component(document, "Renamed", old)
    assert to_template(document) == template


@FAST
@given(templates())
def test_export_then_parse_gives_the_same_template(template):
    exported = to_template(from_template(template))
    assert exported == template
    assert parse_template(to_json(exported)) == template
    assert parse_template(to_yaml(exported)) == as_read_from_yaml(template)
