"""Enhanced Monitoring has a valid interval and, above 0, a role."""

from __future__ import annotations

from ... import iam, rds
from ...grants import create_role
from ...patches import add
from ..base import Rule
from .service_role import reuse_or_create

MANAGED_POLICY = "service-role/AmazonRDSEnhancedMonitoringRole"


def interval_of(properties: dict) -> int | None:
    """Return MonitoringInterval as a number, or None when absent or not one."""
    value = properties.get("MonitoringInterval")
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def monitoring_roles(index) -> list[str]:
    """Return the roles that are ready to be monitoring roles."""
    return [
        role
        for role in index.of_type(iam.ROLE)
        if rds.MONITORING_SERVICE in iam.trusted_services(index.properties(role))
        and iam.carries_managed_policy(index.properties(role), MANAGED_POLICY)
    ]


class MonitoringRole(Rule):
    """Keep MonitoringInterval to allowed values and give a role to any above 0."""

    id = "E7020"
    shortdesc = "Enhanced Monitoring has a valid interval and its role"
    description = (
        "MonitoringInterval is one of 0, 1, 5, 10, 15, 30, 60; above 0, "
        "MonitoringRoleArn must name a role that trusts "
        "monitoring.rds.amazonaws.com and carries AmazonRDSEnhancedMonitoringRole."
    )
    definition = "rds-cluster-monitoring-role"

    def evaluate(self, context):
        """Return fixes for bad intervals and roles for intervals without one."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            interval = interval_of(properties)
            if interval is None:
                continue
            path = ("components", cluster, "properties")

            # An interval RDS does not offer
            if interval not in rds.MONITORING_INTERVALS:
                nearest = min(
                    rds.MONITORING_INTERVALS, key=lambda v: (abs(v - interval), v)
                )
                yield self.suggest(
                    context,
                    kind="fix",
                    components=[cluster],
                    detail=f"interval:{interval}",
                    title=f"MonitoringInterval {interval} is not allowed: use "
                    f"{nearest}",
                    patch=[add((*path, "MonitoringInterval"), nearest)],
                )
                continue

            # An interval above 0 without a role
            if interval > 0 and "MonitoringRoleArn" not in properties:
                yield self._role(context, cluster)

    def _role(self, context, cluster):
        index = context.index
        path = ("components", cluster, "properties", "MonitoringRoleArn")

        def bind(role):
            return [add(path, {"Fn::GetAtt": [role, "Arn"]})]

        _, created = create_role(
            index,
            base_name=f"{cluster}MonitoringRole",
            services=(rds.MONITORING_SERVICE,),
            managed=(MANAGED_POLICY,),
            near=cluster,
            bind=bind,
        )
        existing = context.once("monitoring-roles", lambda: monitoring_roles(index))
        return reuse_or_create(
            self,
            context,
            cluster=cluster,
            title=f"Give {cluster} a role for Enhanced Monitoring",
            ready=existing,
            bind=bind,
            created=created,
            ready_explanation=lambda role: (
                f"{role} already trusts "
                f"{rds.MONITORING_SERVICE} and carries the policy."
            ),
            create_title="Create a monitoring role",
            create_explanation="A new role that only Enhanced Monitoring may assume.",
        )
