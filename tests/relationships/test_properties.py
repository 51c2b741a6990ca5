"""Accepting every suggestion converges on a deployable, cycle-free design."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from designer.template.document import to_template
from designer.template.validation import validate_template
from relationships.engine import evaluate
from relationships.index import DesignIndex

from .designs import applied, bucket, cluster, design, function, getatt, role

MAX_ROUNDS = 40


@st.composite
def designs(draw):
    """Draw clusters, roles, buckets and functions, wired at random."""
    clusters = draw(st.integers(1, 2))
    roles = draw(st.integers(1, 3))
    buckets = draw(st.integers(0, 2))
    functions = draw(st.integers(0, 2))
    components = {}
    role_ids = [f"Role{i}" for i in range(roles)]
    for i in range(roles):
        services = draw(
            st.sampled_from(
                [
                    ("rds.amazonaws.com",),
                    ("lambda.amazonaws.com",),
                    ("monitoring.rds.amazonaws.com",),
                ]
            )
        )
        components[role_ids[i]] = role(*services, source_account=draw(st.booleans()))
    for i in range(buckets):
        components[f"Bucket{i}"] = bucket()
    for i in range(functions):
        variables = {}
        if draw(st.booleans()):
            variables["DB_HOST"] = getatt("Cluster0", "Endpoint.Address")
        if draw(st.booleans()):
            variables["DB_SECRET"] = getatt("Cluster0", "MasterUserSecret.SecretArn")
        components[f"Function{i}"] = function(
            draw(st.sampled_from(role_ids)), **variables
        )
    for i in range(clusters):
        engine = draw(st.sampled_from(["aurora-postgresql", "aurora-mysql"]))
        properties = {}
        if draw(st.booleans()):
            kind = draw(st.sampled_from(["getatt", "ref"]))
            chosen = draw(st.sampled_from(role_ids))
            value = getatt(chosen) if kind == "getatt" else {"Ref": chosen}
            properties["AssociatedRoles"] = [{"RoleArn": value}]
        interval = draw(st.sampled_from([None, 0, 7, 60]))
        if interval is not None:
            properties["MonitoringInterval"] = interval
        if draw(st.booleans()):
            properties["MonitoringRoleArn"] = getatt(draw(st.sampled_from(role_ids)))
        if draw(st.booleans()):
            properties["EnableIAMDatabaseAuthentication"] = True
        components[f"Cluster{i}"] = cluster(engine, **properties)
    return design(**components)


def converge(document):
    """Accept the first suggestion (first choice) until none is left."""
    dismissed = set()
    for _ in range(MAX_ROUNDS):
        suggestions = evaluate(document, dismissed=frozenset(dismissed))
        actionable = [s for s in suggestions if s.operations()]
        for s in suggestions:
            if not s.operations():
                dismissed.add(s.id)
        if not actionable:
            return document
        document = applied(document, actionable[0].operations())
    pytest.fail(
        f"Still suggesting after {MAX_ROUNDS} rounds: {[s.title for s in actionable]}"
    )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(designs())
def test_accepting_every_suggestion_gives_a_valid_template(document):
    result = converge(document)

    assert DesignIndex(result).cycles() == []
    findings = validate_template(to_template(result))
    errors = [f for f in findings if f.severity != "informational"]
    assert errors == [], [f.as_dict() for f in errors]
