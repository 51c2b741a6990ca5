"""No components reference one another in a circle."""

from __future__ import annotations

import copy

from ... import iam
from ...patches import new_component, remove
from ..base import Rule

DOCS = [
    "https://aws.amazon.com/blogs/infrastructure-and-automation/handling-circular-dependency-errors-in-aws-cloudformation/",
]


class CircularDependency(Rule):
    """Break a cycle by moving a role's inline policies into AWS::IAM::Policy."""

    id = "E7060"
    shortdesc = "No circular dependency"
    description = (
        "CloudFormation rejects a template whose resources depend on one "
        "another in a circle (through Ref, GetAtt, Sub or DependsOn). The "
        "usual circle is a role whose inline policy names a resource that in "
        "turn names the role; moving those statements into a separate "
        "AWS::IAM::Policy attached with Roles: [Ref Role] keeps every "
        "statement and breaks the circle."
    )

    def evaluate(self, context):
        """Return one suggestion per group of components in a circle."""
        index = context.index
        for group in index.cycles():
            members = set(group)
            patch = []
            for role in group:
                if index.type_of(role) == iam.ROLE:
                    patch.extend(_move(index, role, members))
            title = f"{', '.join(group)} depend on one another in a circle"
            if not patch:
                yield self.suggest(
                    context,
                    kind="warn",
                    components=group,
                    detail="cycle",
                    title=title,
                    docs=DOCS,
                    explanation=self.description + " No role policy in this circle "
                    "can be moved, so one of the references must go.",
                )
                continue
            yield self.suggest(
                context,
                kind="fix",
                components=group,
                detail="cycle",
                title=title,
                docs=DOCS,
                patch=patch,
            )


def _move(index, role: str, members: set[str]) -> list[dict]:
    """Return operations that move a role's policies naming members out."""
    policies = index.properties(role).get("Policies")
    if not isinstance(policies, list):
        return []
    moving = [
        position
        for position, policy in enumerate(policies)
        if isinstance(policy, dict)
        and iam.mentions(policy.get("PolicyDocument"), members)
    ]
    operations = []
    taken: set[str] = set()
    for slot, position in enumerate(moving):
        policy = policies[position]
        name = policy.get("PolicyName") or f"{role}Policy{position}"
        logical_id = index.new_logical_id(f"{role}{_alnum(name)}", taken)
        taken.add(logical_id)
        operations.append(
            new_component(
                logical_id,
                iam.POLICY,
                {
                    "PolicyName": name,
                    "PolicyDocument": copy.deepcopy(policy.get("PolicyDocument")),
                    "Roles": [{"Ref": role}],
                },
                index.position_near(role, slot),
            )
        )
    base = ("components", role, "properties", "Policies")
    if len(moving) == len(policies):
        operations.append(remove(base))
    else:
        operations.extend(remove((*base, position)) for position in reversed(moving))
    return operations


def _alnum(text) -> str:
    cleaned = "".join(c for c in str(text) if c.isalnum())
    return cleaned[:1].upper() + cleaned[1:] if cleaned else "Policy"
