"""Read a cluster's AssociatedRoles entries and the roles they name."""

from __future__ import annotations

from dataclasses import dataclass

from ... import iam
from ...index import DesignIndex


@dataclass(frozen=True)
class Association:
    """One AssociatedRoles entry: its position, content and role component."""

    position: int
    entry: dict
    role: str | None

    @property
    def feature(self):
        """Return the entry's FeatureName, or None."""
        return self.entry.get("FeatureName")


def associations(index: DesignIndex, cluster: str) -> list[Association]:
    """Return the AssociatedRoles entries of a cluster that are objects."""
    entries = index.properties(cluster).get("AssociatedRoles")
    if not isinstance(entries, list):
        return []
    roles = {}
    for edge in index.edges_under(cluster, "properties", "AssociatedRoles"):
        if len(edge.tokens) == 4 and edge.tokens[3] == "RoleArn":
            if index.type_of(edge.target) == iam.ROLE:
                roles[edge.tokens[2]] = edge.target
    return [
        Association(position, entry, roles.get(position))
        for position, entry in enumerate(entries)
        if isinstance(entry, dict)
    ]
