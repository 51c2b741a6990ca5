"""Give a role permissions, or create a service role, without a cycle.

An inline policy that names a resource makes the role depend on it. When
that resource already depends on the role, CloudFormation rejects the
circle, so the statements go into a separate AWS::IAM::Policy attached to
the role instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import iam
from .index import DesignIndex
from .patches import append_item, new_component, new_edges


def policy_document(statements: list[dict]) -> dict:
    """Return a policy document holding statements."""
    return {"Version": iam.POLICY_VERSION, "Statement": statements}


def grant(
    index: DesignIndex, role_id: str, name: str, statements: list[dict], slot: int = 0
) -> list[dict[str, Any]]:
    """Return operations that allow a role the statements, inline if no cycle."""
    component = index.components[role_id]
    names = {
        p.get("PolicyName") for p in iam.inline_policies(index.properties(role_id))
    }
    policy_name = name if name not in names else index.new_logical_id(name, names)
    inline = {"PolicyName": policy_name, "PolicyDocument": policy_document(statements)}
    operations = [append_item(component, role_id, "Policies", inline)]
    if not index.creates_cycle(new_edges(index.document, operations)):
        return operations
    return [attached_policy(index, role_id, name, statements, slot)]


def attached_policy(
    index: DesignIndex,
    role_id: str,
    name: str,
    statements: list[dict],
    slot: int = 0,
    taken: set[str] | None = None,
    near: str | None = None,
) -> dict[str, Any]:
    """Return the operation that adds an AWS::IAM::Policy attached to a role."""
    logical_id = index.new_logical_id(f"{role_id}{_camel(name)}Policy", taken or ())
    properties = {
        "PolicyName": name,
        "PolicyDocument": policy_document(statements),
        "Roles": [{"Ref": role_id}],
    }
    return new_component(
        logical_id, iam.POLICY, properties, index.position_near(near or role_id, slot)
    )


def create_role(
    index: DesignIndex,
    *,
    base_name: str,
    services: tuple[str, ...],
    near: str,
    bind: Callable[[str], list[dict[str, Any]]],
    managed: tuple[str, ...] = (),
    policy_name: str | None = None,
    statements: list[dict] | None = None,
    slot: int = 0,
) -> tuple[str, list[dict[str, Any]]]:
    """Return a new service role's id and the operations that add and bind it.

    ``bind`` returns, for the new role's id, the operations that reference
    it. The role
    trusts only the given services, with aws:SourceAccount, and gets the
    statements inline unless that would close a cycle.
    """
    role_id = index.new_logical_id(base_name)
    properties: dict[str, Any] = {
        "AssumeRolePolicyDocument": iam.service_trust_policy(*services)
    }
    if managed:
        properties["ManagedPolicyArns"] = [iam.aws_managed_policy(p) for p in managed]
    if not statements:
        role = new_component(
            role_id, iam.ROLE, properties, index.position_near(near, slot)
        )
        return role_id, [role, *bind(role_id)]

    # Inline statements, unless the role would then sit in a cycle
    inline = dict(properties)
    inline["Policies"] = [
        {"PolicyName": policy_name, "PolicyDocument": policy_document(statements)}
    ]
    role = new_component(role_id, iam.ROLE, inline, index.position_near(near, slot))
    binding = bind(role_id)
    operations = [role, *binding]
    if not index.creates_cycle(new_edges(index.document, operations)):
        return role_id, operations
    role = new_component(role_id, iam.ROLE, properties, index.position_near(near, slot))
    policy = attached_policy(
        index, role_id, policy_name, statements, slot + 1, taken={role_id}, near=near
    )
    return role_id, [role, policy, *binding]


def _camel(name: str) -> str:
    parts = [part for part in name.replace("_", "-").split("-") if part]
    return "".join(part[:1].upper() + part[1:] for part in parts)
