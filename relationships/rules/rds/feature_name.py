"""AssociatedRoles entries carry the FeatureName their engine expects."""

from __future__ import annotations

from ... import iam, rds
from ...patches import add, remove
from ...suggestions import Choice
from ..base import Rule
from .associated import associations

# Which feature a role's statements suggest, to order the choices.
_HINTS = (
    ("s3:GetObject", "s3Import"),
    ("s3:PutObject", "s3Export"),
    ("lambda:InvokeFunction", "Lambda"),
    ("sagemaker:InvokeEndpoint", "SageMaker"),
    ("comprehend:DetectSentiment", "Comprehend"),
    ("bedrock:InvokeModel", "Bedrock"),
)


class FeatureName(Rule):
    """Require a supported, exactly spelled FeatureName where the engine needs one."""

    id = "E7010"
    shortdesc = "AssociatedRoles FeatureName fits the engine"
    description = (
        "Aurora PostgreSQL and RDS for PostgreSQL Multi-AZ DB clusters bind "
        "each role to one feature (s3Import, s3Export, Lambda, ...), spelled "
        "exactly; Aurora MySQL takes no FeatureName, its cluster parameters "
        "name the roles instead."
    )
    definition = "rds-cluster-associated-role"

    def evaluate(self, context):
        """Return a fix for each entry whose FeatureName is missing or wrong."""
        index = context.index
        for cluster in index.of_type(rds.CLUSTER):
            properties = index.properties(cluster)
            entries = associations(index, cluster)
            if rds.is_aurora_mysql(properties):
                yield from self._mysql(context, cluster, entries)
            elif rds.uses_feature_names(properties):
                supported = rds.supported_features(properties)
                yield from self._named(context, cluster, entries, supported)

    def _mysql(self, context, cluster, entries):
        for item in entries:
            if item.feature is None:
                continue
            path = ("components", cluster, "properties", "AssociatedRoles")
            yield self.suggest(
                context,
                kind="fix",
                components=[cluster, *([item.role] if item.role else [])],
                detail=f"mysql:{item.position}:{item.feature}",
                title=f"Aurora MySQL takes no FeatureName: remove {item.feature!r}",
                explanation=(
                    "Aurora MySQL supports no feature names; the role is "
                    "associated without one and named by a cluster parameter "
                    "such as aws_default_s3_role."
                ),
                docs=[rds.DOCS["mysql_roles"], rds.DOCS["feature_names"]],
                patch=[remove((*path, item.position, "FeatureName"))],
            )

    def _named(self, context, cluster, entries, supported):
        used = {item.feature for item in entries if isinstance(item.feature, str)}
        for item in entries:
            feature = item.feature
            if feature in supported:
                continue
            path = (
                "components",
                cluster,
                "properties",
                "AssociatedRoles",
                item.position,
                "FeatureName",
            )
            components = [cluster, *([item.role] if item.role else [])]
            docs = [rds.DOCS["feature_names"], rds.DOCS["associated_roles"]]

            # A known name in the wrong case
            exact = {name.lower(): name for name in supported}
            if isinstance(feature, str) and feature.lower() in exact:
                yield self.suggest(
                    context,
                    kind="fix",
                    components=components,
                    detail=f"case:{item.position}:{feature}",
                    title=f"FeatureName is spelled {exact[feature.lower()]!r}, not "
                    f"{feature!r}",
                    explanation="RDS matches feature names exactly, case included.",
                    docs=docs,
                    patch=[add(path, exact[feature.lower()])],
                )
                continue

            # Missing or unknown: the person picks
            free = [name for name in supported if name not in used]
            if not free:
                continue
            ordered = _ordered(context.index, item.role, free)
            problem = (
                "has no FeatureName"
                if feature is None
                else f"has FeatureName {feature!r}, which the engine does not offer"
            )
            yield self.suggest(
                context,
                kind="fix",
                components=components,
                detail=f"missing:{item.position}:{feature}",
                title=f"The role at AssociatedRoles[{item.position}] of {cluster} "
                f"{problem}",
                explanation=(
                    "This engine binds each associated role to one feature. "
                    f"It offers: {', '.join(supported)}."
                ),
                docs=docs,
                choices=[
                    Choice(
                        id=name,
                        title=f"Use the role for {name}",
                        explanation=f"Set FeatureName to {name}.",
                        patch=[add(path, name)],
                    )
                    for name in ordered
                ],
            )


def _ordered(index, role, names: list[str]) -> list[str]:
    """Return names with the ones the role's statements suggest first."""
    if role is None:
        return names
    actions = set()
    for statement in iam.role_statements(index, role):
        actions.update(
            a for a in iam.as_list(statement.get("Action")) if isinstance(a, str)
        )
    hinted = [feature for action, feature in _HINTS if action in actions]
    return sorted(names, key=lambda name: (name not in hinted, names.index(name)))
