"""Aurora MySQL names each associated role in a cluster parameter."""

from __future__ import annotations

from ... import iam, rds
from ...patches import add, append_item, new_component, set_property
from ...walker import REF
from ..base import Rule
from .associated import associations


def parameter_group(index, cluster: str) -> str | None:
    """Return the DBClusterParameterGroup component a cluster uses, if any."""
    for edge in index.edges_under(cluster, "properties", "DBClusterParameterGroupName"):
        if (
            edge.kind == REF
            and index.type_of(edge.target) == rds.CLUSTER_PARAMETER_GROUP
        ):
            return edge.target
    return None


def role_value(role: str) -> dict:
    """Return the value a role parameter takes: the role's ARN."""
    return {"Fn::GetAtt": [role, "Arn"]}


def parameter_operations(index, cluster: str, parameters: dict[str, dict], slot=0):
    """Return (kind, operations) that set parameters for the cluster.

    The cluster's own parameter group gets them; without one, a group with
    the engine's family is created and bound.
    """
    group = parameter_group(index, cluster)
    if group is not None:
        component = index.components[group]
        return "bind", [
            set_property(component, group, ("Parameters", name), value)
            for name, value in parameters.items()
        ]
    properties = index.properties(cluster)
    group = index.new_logical_id(f"{cluster}Parameters")
    family = rds.mysql_family(properties)
    created = new_component(
        group,
        rds.CLUSTER_PARAMETER_GROUP,
        {
            "Description": f"Cluster parameters of {cluster}",
            "Family": family,
            "Parameters": dict(parameters),
        },
        index.position_near(cluster, slot),
    )
    bind = add(
        ("components", cluster, "properties", "DBClusterParameterGroupName"),
        {"Ref": group},
    )
    return "create", [created, bind]


class MysqlRoleParameter(Rule):
    """Name each Aurora MySQL role in its cluster parameter, and associate it."""

    id = "E7012"
    shortdesc = "Aurora MySQL role named by its cluster parameter"
    description = (
        "Aurora MySQL uses an associated role only when the cluster parameter "
        "of its service (aws_default_s3_role, aws_default_lambda_role, "
        "aws_default_sagemaker_role, aws_default_comprehend_role, "
        "aws_default_bedrock_role) holds the role's ARN; a role named there "
        "must also be in AssociatedRoles."
    )

    def evaluate(self, context):
        """Return the parameters to set, and the roles to associate."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            if not rds.is_aurora_mysql(properties):
                continue
            group = parameter_group(index, cluster)
            group_properties = index.properties(group) if group else {}
            associated = {
                item.role for item in associations(index, cluster) if item.role
            }

            # Roles associated but not named by their parameter
            missing: dict[str, dict] = {}
            for role in sorted(associated):
                statements = list(iam.role_statements(index, role))
                for service in sorted(rds.services_used(statements)):
                    name = rds.MYSQL_ROLE_PARAMETERS[service]
                    if rds.parameter_value(group_properties, name) is None:
                        missing.setdefault(name, role_value(role))
            if missing:
                kind, patch = parameter_operations(index, cluster, missing)
                yield self.suggest(
                    context,
                    kind=kind,
                    components=[
                        cluster,
                        *sorted({v["Fn::GetAtt"][0] for v in missing.values()}),
                    ],
                    detail=",".join(sorted(missing)),
                    title=f"Name {cluster}'s roles in {', '.join(sorted(missing))}",
                    explanation=self.description,
                    docs=[rds.DOCS["mysql_roles"]],
                    patch=patch,
                )

            # Roles named by a parameter but not associated
            if group is None:
                continue
            for name in rds.MYSQL_ROLE_PARAMETERS.values():
                for edge in index.edges_under(group, "properties", "Parameters", name):
                    role = edge.target
                    if index.type_of(role) != iam.ROLE or role in associated:
                        continue
                    associated.add(role)
                    yield self.suggest(
                        context,
                        kind="bind",
                        components=[cluster, role],
                        detail=f"associate:{name}:{role}",
                        title=f"Associate {role} with {cluster}",
                        explanation=(
                            f"{group} names {role} in {name}, but Aurora MySQL "
                            "only uses roles that are also associated with the "
                            "cluster."
                        ),
                        docs=[rds.DOCS["mysql_roles"]],
                        patch=[
                            append_item(
                                index.components[cluster],
                                cluster,
                                "AssociatedRoles",
                                {"RoleArn": role_value(role)},
                            )
                        ],
                    )
