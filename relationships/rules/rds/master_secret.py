"""Compute that reads the master user secret may get its value."""

from __future__ import annotations

from ... import iam, rds
from ...grants import grant
from ...patches import add, remove
from ..base import Rule
from .compute import roles_of, users_of

SECRET_ATTRIBUTE = "MasterUserSecret.SecretArn"


def managed(properties: dict) -> bool:
    """Return whether RDS manages the cluster's master password."""
    return properties.get("ManageMasterUserPassword") in (True, "true", "True")


class MasterSecret(Rule):
    """Grant secretsmanager:GetSecretValue on the secret a component reads."""

    id = "E7050"
    shortdesc = "Reader of the master user secret may get its value"
    description = (
        "MasterUserSecret.SecretArn exists only with ManageMasterUserPassword; "
        "a component that reads it needs secretsmanager:GetSecretValue on "
        "that ARN."
    )
    definition = "rds-master-user-secret"

    def evaluate(self, context):
        """Return the grants, or the setting, each secret reader lacks."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            readers = [
                compute
                for compute, attributes in sorted(users_of(index, cluster).items())
                if SECRET_ATTRIBUTE in attributes
            ]
            if not readers:
                continue

            # The attribute needs the managed password
            if not managed(properties):
                path = ("components", cluster, "properties")
                patch = [add((*path, "ManageMasterUserPassword"), True)]
                if "MasterUserPassword" in properties:
                    patch.append(remove((*path, "MasterUserPassword")))
                yield self.suggest(
                    context,
                    kind="fix",
                    components=[cluster, *readers],
                    detail="manage",
                    title=f"Let RDS manage {cluster}'s master password in Secrets "
                    f"Manager",
                    patch=patch,
                )
                continue

            # Each reader's roles need the secret's value
            secret = {"Fn::GetAtt": [cluster, SECRET_ATTRIBUTE]}
            for compute in readers:
                for role in roles_of(index, compute):
                    if iam.grants(index, role, "secretsmanager:GetSecretValue", secret):
                        continue
                    statement = {
                        "Effect": "Allow",
                        "Action": "secretsmanager:GetSecretValue",
                        "Resource": secret,
                    }
                    yield self.suggest(
                        context,
                        kind="fix",
                        components=[role, compute, cluster],
                        detail="get-secret-value",
                        title=f"Let {role} read {cluster}'s master user secret",
                        patch=grant(index, role, f"{cluster}-secret", [statement]),
                    )
