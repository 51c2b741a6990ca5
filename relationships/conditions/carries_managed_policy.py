"""A role carries an AWS managed policy."""

from __future__ import annotations

from .. import iam
from ..patches import append_item
from .base import Condition


class CarriesManagedPolicy(Condition):
    """Require that a role lists an AWS managed policy in ManagedPolicyArns."""

    id = "carries-managed-policy"
    shortdesc = "Role carries the managed policy"
    description = (
        "ManagedPolicyArns holds the AWS managed policy, written with any "
        "partition or with ${AWS::Partition}."
    )
    params = ("policy",)

    def holds(self, index, logical_id, params):
        """Return whether the role carries the policy."""
        properties = index.properties(logical_id)
        return iam.carries_managed_policy(properties, params["policy"])

    def fix(self, index, logical_id, params):
        """Return the operation that adds the policy to ManagedPolicyArns."""
        component = index.components[logical_id]
        value = iam.aws_managed_policy(params["policy"])
        return [append_item(component, logical_id, "ManagedPolicyArns", value)]

    def describe(self, params):
        """Return what the condition asks for, in a sentence."""
        name = params["policy"].rsplit("/", 1)[-1]
        return f"The role must carry the AWS managed policy {name}."
