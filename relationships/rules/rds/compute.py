"""Find the compute components that use a cluster, and the roles they run as."""

from __future__ import annotations

from ... import iam
from ...index import DesignIndex
from ...walker import REF

FUNCTION = "AWS::Lambda::Function"
TASK_DEFINITION = "AWS::ECS::TaskDefinition"
INSTANCE = "AWS::EC2::Instance"
COMPUTE = (FUNCTION, TASK_DEFINITION, INSTANCE)

# The property through which each compute type names its role.
_ROLE_PROPERTY = {FUNCTION: "Role", TASK_DEFINITION: "TaskRoleArn"}


def roles_of(index: DesignIndex, compute: str) -> list[str]:
    """Return the role components a compute component runs as."""
    kind = index.type_of(compute)
    if kind in _ROLE_PROPERTY:
        return [
            edge.target
            for edge in index.edges_under(compute, "properties", _ROLE_PROPERTY[kind])
            if index.type_of(edge.target) == iam.ROLE
        ]

    # An instance runs as the roles of its instance profile
    roles = []
    for edge in index.edges_under(compute, "properties", "IamInstanceProfile"):
        if index.type_of(edge.target) != iam.INSTANCE_PROFILE:
            continue
        for role_edge in index.edges_under(edge.target, "properties", "Roles"):
            if role_edge.kind == REF and index.type_of(role_edge.target) == iam.ROLE:
                roles.append(role_edge.target)
    return roles


def users_of(index: DesignIndex, cluster: str) -> dict[str, set[str | None]]:
    """Return each compute component that references a cluster, with the attributes."""
    found: dict[str, set[str | None]] = {}
    for source, edge in index.referrers(cluster, *COMPUTE):
        if edge.tokens[:1] == ("properties",):
            found.setdefault(source, set()).add(edge.attribute)
    return found
