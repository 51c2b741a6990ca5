from relationships.engine import evaluate
from relationships.rules.bindings.requirements import Requirements
from relationships.rules.rds.domain_role import DomainRole

from ...designs import applied, cluster, design

RULE = [DomainRole()]


def test_no_domain_needs_no_role():
    assert evaluate(design(Cluster=cluster()), rules=RULE) == []


def test_domain_without_role_creates_one_bound_by_name():
    document = design(Cluster=cluster(Domain="d-1234567890"))

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    assert suggestion.kind == "create"
    assert fixed["components"]["Cluster"]["properties"]["DomainIAMRoleName"] == {
        "Ref": "ClusterDirectoryRole"
    }
    created = fixed["components"]["ClusterDirectoryRole"]["properties"]
    services = created["AssumeRolePolicyDocument"]["Statement"][0]["Principal"][
        "Service"
    ]
    assert services == ["directoryservice.rds.amazonaws.com", "rds.amazonaws.com"]
    assert evaluate(fixed, rules=[DomainRole(), Requirements()]) == []
