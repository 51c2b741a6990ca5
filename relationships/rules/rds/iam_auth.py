"""Compute that connects to an IAM-authenticated cluster may rds-db:connect."""

from __future__ import annotations

from ... import iam, rds
from ...grants import grant
from ...suggestions import Choice
from ..base import Rule
from .compute import roles_of, users_of

SECRET_ATTRIBUTE = "MasterUserSecret.SecretArn"


def db_user_arn(cluster: str, user: str) -> dict:
    """Return the rds-db ARN of a database user of a cluster."""
    return {
        "Fn::Sub": "arn:${AWS::Partition}:rds-db:${AWS::Region}:${AWS::AccountId}"
        f":dbuser:${{{cluster}.DBClusterResourceId}}/{user}"
    }


def connect_statement(cluster: str, user: str) -> dict:
    """Return the statement that lets a role sign in as user."""
    return {
        "Effect": "Allow",
        "Action": "rds-db:connect",
        "Resource": db_user_arn(cluster, user),
    }


def can_connect(index, role: str, cluster: str) -> bool:
    """Return whether a role may rds-db:connect to some user of the cluster."""
    for statement in iam.role_statements(index, role):
        actions = set(iam.as_list(statement.get("Action")))
        if statement.get("Effect") != "Allow" or not actions & {
            "rds-db:connect",
            "rds-db:*",
            "*",
        }:
            continue
        for resource in iam.as_list(statement.get("Resource")):
            text = resource.get("Fn::Sub") if isinstance(resource, dict) else None
            if isinstance(text, str) and f"${{{cluster}.DBClusterResourceId}}" in text:
                return True
    return False


def user_choices(index, cluster: str, compute: str) -> list[tuple[str, str, str]]:
    """Return (id, user, why) for each database user the grant may name.

    A dedicated user named after the component comes first: AWS advises
    against applications using the master user, and granting rds_iam to the
    PostgreSQL master user makes it sign in with IAM only. The master user
    follows when MasterUsername is a plain string.
    """
    dedicated = "".join(c for c in compute.lower() if c.isalnum()) or "app"
    choices = [("dedicated", dedicated, "A database user for this component alone.")]
    master = index.properties(cluster).get("MasterUsername")
    if isinstance(master, str) and master != dedicated:
        choices.append(("master", master, "The cluster's master user."))
    return choices


class IamAuthentication(Rule):
    """Grant rds-db:connect to the roles of compute that uses the cluster."""

    id = "E7040"
    shortdesc = "IAM database authentication grants rds-db:connect"
    description = (
        "A Lambda function, ECS task definition or EC2 instance that "
        "references a cluster with EnableIAMDatabaseAuthentication needs "
        "rds-db:connect on a dbuser ARN built from the cluster's "
        "DBClusterResourceId."
    )
    definition = "rds-iam-database-auth"

    def evaluate(self, context):
        """Return a grant for each compute role that cannot connect yet."""
        index = context.index
        definition = context.definitions[self.definition]
        for cluster in index.of_type(rds.CLUSTER):
            if not definition.target.matches(index.components[cluster]):
                continue
            for compute, attributes in sorted(users_of(index, cluster).items()):
                if attributes == {SECRET_ATTRIBUTE}:
                    continue
                roles = roles_of(index, compute)
                if not roles:
                    yield self.suggest(
                        context,
                        kind="warn",
                        components=[compute, cluster],
                        detail="no-role",
                        title=f"{compute} has no role in the design to grant "
                        f"rds-db:connect",
                    )
                    continue
                for role in roles:
                    if can_connect(index, role, cluster):
                        continue
                    choices = [
                        Choice(
                            id=choice_id,
                            title=f"Sign in as {user}",
                            explanation=why,
                            patch=grant(
                                index,
                                role,
                                f"{cluster}-connect",
                                [connect_statement(cluster, user)],
                            ),
                        )
                        for choice_id, user, why in user_choices(
                            index, cluster, compute
                        )
                    ]
                    yield self.suggest(
                        context,
                        kind="fix",
                        components=[role, compute, cluster],
                        detail="connect",
                        title=f"Let {role} connect to {cluster} with IAM "
                        f"authentication",
                        choices=choices,
                    )
