"""A cluster joined to a directory names the role RDS uses for it."""

from __future__ import annotations

from ... import iam, rds
from ...grants import create_role
from ...patches import add
from ..base import Rule
from .service_role import reuse_or_create

MANAGED_POLICY = "service-role/AmazonRDSDirectoryServiceAccess"
SERVICES = (rds.RDS_SERVICE, rds.DIRECTORY_SERVICE)


class DomainRole(Rule):
    """Give a cluster with a Domain the DomainIAMRoleName it needs."""

    id = "E7030"
    shortdesc = "Domain comes with DomainIAMRoleName"
    description = (
        "Kerberos authentication needs DomainIAMRoleName: the name (Ref) of a "
        "role that trusts rds.amazonaws.com and "
        "directoryservice.rds.amazonaws.com and carries "
        "AmazonRDSDirectoryServiceAccess."
    )
    definition = "rds-cluster-domain-role"

    def evaluate(self, context):
        """Return a role to bind for each cluster with a Domain and no role."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            if properties.get("Domain") is None or "DomainIAMRoleName" in properties:
                continue
            path = ("components", cluster, "properties", "DomainIAMRoleName")

            def bind(role, path=path):
                return [add(path, {"Ref": role})]

            _, created = create_role(
                index,
                base_name=f"{cluster}DirectoryRole",
                services=SERVICES,
                managed=(MANAGED_POLICY,),
                near=cluster,
                bind=bind,
            )
            ready = context.once("directory-roles", lambda: _ready_roles(index))
            yield reuse_or_create(
                self,
                context,
                cluster=cluster,
                title=f"Give {cluster} the role RDS uses with its directory",
                ready=ready,
                bind=bind,
                created=created,
                ready_explanation=lambda role: (
                    f"{role} is ready for Directory Service."
                ),
                create_title="Create a directory role",
                create_explanation="A new role for RDS and Directory Service.",
            )


def _ready_roles(index) -> list[str]:
    """Return the roles that are ready to be directory roles."""
    return [
        role
        for role in index.of_type(iam.ROLE)
        if set(SERVICES) <= iam.trusted_services(index.properties(role))
        and iam.carries_managed_policy(index.properties(role), MANAGED_POLICY)
    ]
