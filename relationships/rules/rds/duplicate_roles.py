"""A cluster lists each role once, and each feature once."""

from __future__ import annotations

from ... import rds
from ...patches import remove
from ..base import Rule
from .associated import associations


class DuplicateRoles(Rule):
    """Remove AssociatedRoles entries that repeat a role or a feature."""

    id = "E7011"
    shortdesc = "No role or feature listed twice"
    description = (
        "RDS refuses to associate a role that is already associated with the "
        "cluster, and binds one role per feature; later repeats are removed."
    )
    definition = "rds-cluster-associated-role"

    def evaluate(self, context):
        """Return one fix per cluster that lists a role or a feature twice."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            roles, features, repeats = set(), set(), []
            for item in associations(index, cluster):
                role = item.role or repr(item.entry.get("RoleArn"))
                feature = item.feature if isinstance(item.feature, str) else None
                if role in roles or (feature and feature in features):
                    repeats.append(item)
                roles.add(role)
                if feature:
                    features.add(feature)
            if not repeats:
                continue
            path = ("components", cluster, "properties", "AssociatedRoles")
            named = sorted({item.role for item in repeats if item.role})
            yield self.suggest(
                context,
                kind="fix",
                components=[cluster, *named],
                detail=",".join(str(item.position) for item in repeats),
                title=f"{cluster} lists a role or a feature more than once",
                explanation=(
                    "Each role can be associated with a cluster once, and each "
                    "feature takes one role: the repeated entries are removed. "
                    "Use a separate role for a second feature."
                ),
                docs=[rds.DOCS["associated_roles"]],
                patch=[remove((*path, item.position)) for item in reversed(repeats)],
            )
