"""An RDS service role is limited to this account against the confused deputy."""

from __future__ import annotations

from ... import iam, rds
from ...patches import add
from ..base import Rule

SERVICES = {rds.RDS_SERVICE, rds.MONITORING_SERVICE, rds.DIRECTORY_SERVICE}
DOCS = [
    "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/cross-service-confused-deputy-prevention.html",
]


class ConfusedDeputy(Rule):
    """Add aws:SourceAccount to trust statements that let RDS assume a role."""

    id = "W7070"
    shortdesc = "RDS service role limited with aws:SourceAccount"
    description = (
        "A trust statement for an RDS service principal should carry "
        "aws:SourceAccount, so RDS can assume the role only on behalf of this "
        "account. aws:SourceArn of the cluster would also work but makes the "
        "role depend on the cluster that depends on it, a circle "
        "CloudFormation rejects, so only the account is checked."
    )

    def evaluate(self, context):
        """Return a fix for each RDS trust statement without aws:SourceAccount."""
        index = context.index
        for role in index.of_type(iam.ROLE):
            properties = index.properties(role)
            document = properties.get("AssumeRolePolicyDocument")
            if not isinstance(document, dict) or not isinstance(
                document.get("Statement"), list
            ):
                continue
            trusting = list(iam.trust_statements(properties))
            patch = []
            for position, statement in enumerate(document["Statement"]):
                if statement not in trusting or iam.has_source_account(statement):
                    continue
                if not iam.statement_services(statement) & SERVICES:
                    continue
                patch.append(_condition(role, position, statement))
            if patch:
                yield self.suggest(
                    context,
                    kind="fix",
                    components=[role],
                    detail="source-account",
                    title=f"Limit {role}'s trust to this account",
                    docs=DOCS,
                    explanation=self.description,
                    patch=patch,
                )


def _condition(role: str, position: int, statement: dict) -> dict:
    base = (
        "components",
        role,
        "properties",
        "AssumeRolePolicyDocument",
        "Statement",
        position,
        "Condition",
    )
    value = {"Ref": "AWS::AccountId"}
    condition = statement.get("Condition")
    if not isinstance(condition, dict):
        return add(base, iam.source_account_condition())
    if not isinstance(condition.get("StringEquals"), dict):
        return add((*base, "StringEquals"), {iam.SOURCE_ACCOUNT: value})
    return add((*base, "StringEquals", iam.SOURCE_ACCOUNT), value)
