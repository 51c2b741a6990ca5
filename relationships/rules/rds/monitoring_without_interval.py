"""A monitoring role comes with a monitoring interval."""

from __future__ import annotations

from ... import rds
from ...patches import add, remove
from ...suggestions import Choice
from ..base import Rule
from .monitoring_role import interval_of


class MonitoringWithoutInterval(Rule):
    """Warn about a MonitoringRoleArn that no interval above 0 puts to use."""

    id = "W7021"
    shortdesc = "Monitoring role without an interval"
    description = (
        "MonitoringRoleArn only matters when MonitoringInterval is above 0; "
        "RDS asks for an interval other than 0 whenever the role is given."
    )
    definition = "rds-cluster-monitoring-role"

    def evaluate(self, context):
        """Return a warning with both ways out for each such cluster."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            if "MonitoringRoleArn" not in properties:
                continue
            if "MonitoringInterval" in properties and interval_of(properties) != 0:
                continue
            path = ("components", cluster, "properties")
            yield self.suggest(
                context,
                kind="warn",
                components=[cluster],
                detail="no-interval",
                title=f"{cluster} has a monitoring role but no monitoring interval",
                choices=[
                    Choice(
                        id="interval-60",
                        title="Collect metrics every 60 seconds",
                        explanation="Set MonitoringInterval to 60.",
                        patch=[add((*path, "MonitoringInterval"), 60)],
                    ),
                    Choice(
                        id="remove-role",
                        title="Turn Enhanced Monitoring off",
                        explanation="Remove MonitoringRoleArn.",
                        patch=[remove((*path, "MonitoringRoleArn"))]
                        + (
                            [remove((*path, "MonitoringInterval"))]
                            if "MonitoringInterval" in properties
                            else []
                        ),
                    ),
                ],
            )
