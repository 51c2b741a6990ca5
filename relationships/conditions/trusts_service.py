"""A role's trust policy lets a service principal assume it."""

from __future__ import annotations

from .. import iam
from ..patches import add, set_property
from .base import Condition


class TrustsService(Condition):
    """Require that a role's trust policy allows a given service principal."""

    id = "trusts-service"
    shortdesc = "Role trusts the service"
    description = (
        "The role's AssumeRolePolicyDocument has an Allow statement for "
        "sts:AssumeRole whose Service principal includes the service."
    )
    params = ("service",)

    def holds(self, index, logical_id, params):
        """Return whether the role trusts the service."""
        return params["service"] in iam.trusted_services(index.properties(logical_id))

    def fix(self, index, logical_id, params):
        """Return the operations that add the service to the trust policy.

        The service joins a statement that trusts services of its family
        (RDS's, or any other), keeping its conditions; otherwise a statement
        of its own is appended, so a condition meant for RDS never limits
        another service.
        """
        service = params["service"]
        component = index.components[logical_id]
        properties = index.properties(logical_id)
        document = properties.get("AssumeRolePolicyDocument")
        base = ("components", logical_id, "properties", "AssumeRolePolicyDocument")

        # No usable document: write a whole one
        if not isinstance(document, dict) or not isinstance(
            document.get("Statement"), list
        ):
            policy = iam.service_trust_policy(service)
            return [
                set_property(
                    component, logical_id, ("AssumeRolePolicyDocument",), policy
                )
            ]

        # Join a statement of the same service family, keeping its conditions
        for position, statement in enumerate(document["Statement"]):
            services = iam.statement_services(statement)
            if not isinstance(statement, dict) or not services:
                continue
            if statement not in list(iam.trust_statements(properties)):
                continue
            if all(_family(name) == _family(service) for name in services):
                merged = sorted(
                    {*iam.as_list(statement["Principal"]["Service"]), service}, key=str
                )
                path = (*base, "Statement", position, "Principal", "Service")
                return [add(path, merged)]

        # Otherwise a statement of its own
        statement = {
            "Effect": "Allow",
            "Principal": {"Service": [service]},
            "Action": "sts:AssumeRole",
        }
        if _family(service) == "rds":
            statement["Condition"] = iam.source_account_condition()
        return [add((*base, "Statement", "-"), statement)]

    def describe(self, params):
        """Return what the condition asks for, in a sentence."""
        return f"The role's trust policy must allow {params['service']}."


def _family(service: str) -> str:
    return "rds" if service.endswith("rds.amazonaws.com") else "other"
