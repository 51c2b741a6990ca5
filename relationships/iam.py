"""Read and write the IAM documents of roles: trust, managed and inline policies."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .walker import walk

ROLE = "AWS::IAM::Role"
POLICY = "AWS::IAM::Policy"
INSTANCE_PROFILE = "AWS::IAM::InstanceProfile"
POLICY_VERSION = "2012-10-17"
SOURCE_ACCOUNT = "aws:SourceAccount"

_ASSUME_ACTIONS = {"sts:AssumeRole", "sts:*", "*"}
_PARTITIONS = ("arn:aws:", "arn:aws-cn:", "arn:aws-us-gov:")


def as_list(value: Any) -> list:
    """Return value as a list: itself, a one-item list, or empty for None."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def statements(document: Any) -> list[dict]:
    """Return the statements of a policy document that are objects."""
    if not isinstance(document, dict):
        return []
    return [
        item for item in as_list(document.get("Statement")) if isinstance(item, dict)
    ]


# Trust


def trust_statements(properties: dict) -> Iterator[dict]:
    """Yield the Allow statements of a trust policy that let someone assume."""
    for statement in statements(properties.get("AssumeRolePolicyDocument")):
        actions = {a for a in as_list(statement.get("Action")) if isinstance(a, str)}
        if statement.get("Effect") == "Allow" and actions & _ASSUME_ACTIONS:
            yield statement


def statement_services(statement: dict) -> set[str]:
    """Return the service principals one trust statement names."""
    principal = statement.get("Principal")
    if not isinstance(principal, dict):
        return set()
    return {s for s in as_list(principal.get("Service")) if isinstance(s, str)}


def trusted_services(properties: dict) -> set[str]:
    """Return every service principal a role's trust policy lets assume it."""
    services: set[str] = set()
    for statement in trust_statements(properties):
        services |= statement_services(statement)
    return services


def has_source_account(statement: dict) -> bool:
    """Return whether a trust statement is limited with aws:SourceAccount."""
    condition = statement.get("Condition")
    if not isinstance(condition, dict):
        return False
    return any(
        isinstance(block, dict) and SOURCE_ACCOUNT in block
        for block in condition.values()
    )


def source_account_condition() -> dict:
    """Return the condition that limits a service to this stack's account."""
    return {"StringEquals": {SOURCE_ACCOUNT: {"Ref": "AWS::AccountId"}}}


def service_trust_policy(*services: str) -> dict:
    """Return a trust policy for the given services, against the confused deputy."""
    return {
        "Version": POLICY_VERSION,
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": sorted(services)},
                "Action": "sts:AssumeRole",
                "Condition": source_account_condition(),
            }
        ],
    }


# Managed policies


def aws_managed_policy(path: str) -> dict:
    """Return the partition-neutral ARN of an AWS managed policy path."""
    return {"Fn::Sub": f"arn:${{AWS::Partition}}:iam::aws:policy/{path}"}


def managed_policy_path(value: Any) -> str | None:
    """Return "service-role/Name" for an AWS managed policy ARN in any form."""
    text = value
    if isinstance(value, dict) and len(value) == 1 and "Fn::Sub" in value:
        text = value["Fn::Sub"]
    if not isinstance(text, str):
        return None
    text = text.replace("arn:${AWS::Partition}:", "arn:aws:")
    for prefix in _PARTITIONS:
        if text.startswith(prefix):
            text = "arn:aws:" + text[len(prefix) :]
    marker = "arn:aws:iam::aws:policy/"
    return text[len(marker) :] if text.startswith(marker) else None


def carries_managed_policy(properties: dict, path: str) -> bool:
    """Return whether a role lists the AWS managed policy at path."""
    return any(
        managed_policy_path(value) == path
        for value in as_list(properties.get("ManagedPolicyArns"))
    )


# Inline and attached policies


def inline_policies(properties: dict) -> list[dict]:
    """Return a role's inline policies that are objects."""
    return [p for p in as_list(properties.get("Policies")) if isinstance(p, dict)]


def attached_policies(index, role_id: str) -> list[str]:
    """Return the AWS::IAM::Policy components that attach to a role."""
    found = []
    for source, edge in index.referrers(role_id, POLICY):
        if edge.tokens[:2] == ("properties", "Roles") and edge.kind == "Ref":
            found.append(source)
    return found


def role_statements(index, role_id: str) -> Iterator[dict]:
    """Yield every Allow statement a role gets inline or from attached policies."""
    properties = index.properties(role_id)
    for policy in inline_policies(properties):
        yield from statements(policy.get("PolicyDocument"))
    for policy_id in attached_policies(index, role_id):
        yield from statements(index.properties(policy_id).get("PolicyDocument"))


def grants(index, role_id: str, action: str, resource: Any) -> bool:
    """Return whether a role is allowed action on exactly the resource given.

    Resources compare as written, so an intrinsic must match the intrinsic
    the engine would write; a wildcard action of the service also counts.
    """
    service = action.split(":", 1)[0]
    accepted = {action, f"{service}:*", "*"}
    for statement in role_statements(index, role_id):
        if statement.get("Effect") != "Allow":
            continue
        actions = {a for a in as_list(statement.get("Action")) if isinstance(a, str)}
        if actions & accepted and resource in as_list(statement.get("Resource")):
            return True
    return False


def mentions(node: Any, names: set[str]) -> bool:
    """Return whether node references any of the given components."""
    return any(edge.target in names for edge in walk(node))
