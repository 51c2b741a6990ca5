"""Work out what a line drawn between two components means.

A cluster drawn to a bucket or a function means a database feature; a
function drawn to a cluster means signing in to it. Every other pair falls
back to the properties whose schema format names the other's type.
"""

from __future__ import annotations

import copy
from typing import Any

from . import iam, rds
from .exceptions import UnknownChoice
from .grants import create_role, grant
from .index import DesignIndex
from .loader import get_definitions
from .patches import add, append_item, set_property
from .rules.rds.associated import associations
from .rules.rds.compute import FUNCTION, roles_of
from .rules.rds.iam_auth import connect_statement, user_choices
from .rules.rds.mysql_role_parameter import parameter_group, parameter_operations
from .suggestions import Choice

BUCKET = "AWS::S3::Bucket"

# Least privilege per feature: (bucket actions, object actions).
_BUCKET_ACCESS = {
    "s3Import": (("s3:ListBucket",), ("s3:GetObject",)),
    "s3Export": ((), ("s3:PutObject", "s3:AbortMultipartUpload")),
    "mysql-load": (("s3:ListBucket",), ("s3:GetObject", "s3:GetObjectVersion")),
    "mysql-save": (
        ("s3:ListBucket",),
        (
            "s3:AbortMultipartUpload",
            "s3:DeleteObject",
            "s3:GetObject",
            "s3:ListMultipartUploadParts",
            "s3:PutObject",
        ),
    ),
}

_TITLES = {
    "s3Import": ("Import data from the bucket (s3Import)", rds.DOCS["pg_s3_import"]),
    "s3Export": (
        "Export query results to the bucket (s3Export)",
        rds.DOCS["pg_s3_export"],
    ),
    "mysql-load": (
        "Load data from the bucket (LOAD DATA FROM S3)",
        rds.DOCS["mysql_s3_policy"],
    ),
    "mysql-save": (
        "Save query results to the bucket (SELECT INTO OUTFILE S3)",
        rds.DOCS["mysql_s3_policy"],
    ),
    "Lambda": ("Invoke the function from the database", rds.DOCS["pg_lambda"]),
    "mysql-lambda": (
        "Invoke the function from the database",
        rds.DOCS["mysql_lambda_policy"],
    ),
}


def connect_meanings(
    document: dict[str, Any], source: str, target: str
) -> list[Choice]:
    """Return every meaning a connection from source to target can have."""
    index = DesignIndex(document)
    kinds = {index.type_of(source): source, index.type_of(target): target}
    cluster = kinds.get(rds.CLUSTER)
    if cluster is not None and len(kinds) == 2:
        if BUCKET in kinds:
            return _bucket_features(index, cluster, kinds[BUCKET])
        if FUNCTION in kinds and index.type_of(source) == rds.CLUSTER:
            return _function_feature(index, cluster, target)
        if FUNCTION in kinds:
            return _sign_in(index, cluster, source)
    return _generic(index, source, target)


def apply_connection(
    document: dict[str, Any], source: str, target: str, choice_id: str
) -> list[dict[str, Any]]:
    """Return the patch of one meaning, or raise UnknownChoice."""
    choices = connect_meanings(document, source, target)
    for choice in choices:
        if choice.id == choice_id:
            return choice.patch
    raise UnknownChoice(choice_id, [choice.id for choice in choices])


# Features


def _bucket_statements(bucket: str, feature: str) -> list[dict]:
    bucket_actions, object_actions = _BUCKET_ACCESS[feature]
    arn = {"Fn::GetAtt": [bucket, "Arn"]}
    objects = {"Fn::Sub": f"${{{bucket}.Arn}}/*"}
    statements = []
    if bucket_actions:
        statements.append(
            {"Effect": "Allow", "Action": list(bucket_actions), "Resource": arn}
        )
    statements.append(
        {"Effect": "Allow", "Action": list(object_actions), "Resource": objects}
    )
    return statements


def _bucket_features(index, cluster, bucket) -> list[Choice]:
    properties = index.properties(cluster)
    if rds.is_aurora_mysql(properties):
        features = ("mysql-load", "mysql-save")
    else:
        features = tuple(
            f
            for f in ("s3Import", "s3Export")
            if f in rds.supported_features(properties)
        )
    return [
        _feature_choice(
            index,
            cluster,
            feature,
            f"{feature}-{bucket}",
            _bucket_statements(bucket, feature),
            bucket,
        )
        for feature in features
    ]


def _function_feature(index, cluster, function) -> list[Choice]:
    properties = index.properties(cluster)
    statements = [
        {
            "Effect": "Allow",
            "Action": "lambda:InvokeFunction",
            "Resource": {"Fn::GetAtt": [function, "Arn"]},
        }
    ]
    if rds.is_aurora_mysql(properties):
        return [
            _feature_choice(
                index,
                cluster,
                "mysql-lambda",
                f"invoke-{function}",
                statements,
                function,
            )
        ]
    if "Lambda" in rds.supported_features(properties):
        return [
            _feature_choice(
                index, cluster, "Lambda", f"invoke-{function}", statements, function
            )
        ]
    return []


def _feature_choice(
    index, cluster, feature, policy_name, statements, resource
) -> Choice:
    """Return the choice that binds a role for feature, reusing one if it can."""
    title, doc = _TITLES[feature]
    mysql = feature.startswith("mysql-")
    role = _reusable_role(index, cluster, feature)
    if role is not None:
        patch = grant(index, role, policy_name, statements)
        how = f"{role} already serves this feature; it gets access to {resource}."
    else:
        patch = _new_feature_role(
            index, cluster, feature, policy_name, statements, mysql
        )
        how = f"A new role that only RDS may assume, allowed just this on {resource}."
    return Choice(id=feature, title=title, explanation=f"{how} See {doc}", patch=patch)


def _reusable_role(index, cluster, feature) -> str | None:
    """Return a role already bound to the cluster for the same feature."""
    if feature.startswith("mysql-"):
        service = "lambda" if feature == "mysql-lambda" else "s3"
        group = parameter_group(index, cluster)
        if group is None:
            return None
        name = rds.MYSQL_ROLE_PARAMETERS[service]
        for edge in index.edges_under(group, "properties", "Parameters", name):
            if index.type_of(edge.target) == iam.ROLE:
                return edge.target
        return None
    for item in associations(index, cluster):
        if item.role and item.feature == feature:
            return item.role
    return None


def _new_feature_role(index, cluster, feature, policy_name, statements, mysql):
    component = index.components[cluster]
    name = feature.replace("mysql-", "")
    suffix = name[:1].upper() + name[1:]

    def bind(role):
        entry = {"RoleArn": {"Fn::GetAtt": [role, "Arn"]}}
        if not mysql:
            entry["FeatureName"] = feature
        operations = [append_item(component, cluster, "AssociatedRoles", entry)]
        if mysql:
            service = "lambda" if feature == "mysql-lambda" else "s3"
            name = rds.MYSQL_ROLE_PARAMETERS[service]
            _, parameters = parameter_operations(
                index, cluster, {name: {"Fn::GetAtt": [role, "Arn"]}}, slot=1
            )
            operations.extend(parameters)
        return operations

    _, operations = create_role(
        index,
        base_name=f"{cluster}{suffix}Role",
        services=(rds.RDS_SERVICE,),
        near=cluster,
        bind=bind,
        policy_name=policy_name,
        statements=statements,
    )
    return operations


# Signing in


def _sign_in(index, cluster, function) -> list[Choice]:
    """Return the ways a function can sign in to a cluster."""
    properties = index.properties(cluster)
    component = index.components[function]
    roles = roles_of(index, function)
    choices = []
    env = ("Environment", "Variables")
    endpoint = [
        set_property(
            component,
            function,
            (*env, "DB_HOST"),
            {"Fn::GetAtt": [cluster, "Endpoint.Address"]},
        ),
    ]

    # IAM database authentication
    if roles:
        user = user_choices(index, cluster, function)[0][1]
        patch = [
            *endpoint,
            *grant(
                index,
                roles[0],
                f"{cluster}-connect",
                [connect_statement(cluster, user)],
            ),
        ]
        if properties.get("EnableIAMDatabaseAuthentication") not in (True, "true"):
            patch.append(
                add(
                    (
                        "components",
                        cluster,
                        "properties",
                        "EnableIAMDatabaseAuthentication",
                    ),
                    True,
                )
            )
        choices.append(
            Choice(
                "iam-auth",
                "Sign in with IAM database authentication",
                f"{function} connects as database user {user} with a token; no "
                f"password.",
                patch,
            )
        )

    # The master user secret
    if properties.get("ManageMasterUserPassword") in (True, "true") and roles:
        secret = {"Fn::GetAtt": [cluster, "MasterUserSecret.SecretArn"]}
        statement = {
            "Effect": "Allow",
            "Action": "secretsmanager:GetSecretValue",
            "Resource": secret,
        }
        patch = [*endpoint]
        variable = ("components", function, "properties", *env, "DB_SECRET_ARN")
        patch.append(add(variable, secret))
        patch.extend(grant(index, roles[0], f"{cluster}-secret", [statement]))
        choices.append(
            Choice(
                "master-secret",
                "Sign in with the master user secret",
                f"{function} reads the master password from Secrets Manager.",
                patch,
            )
        )
    if not roles:
        choices.append(
            Choice(
                "endpoint",
                "Pass the endpoint to the function",
                "Give the function a role in the design to grant it access too.",
                endpoint,
            )
        )
    return choices


# Generic references


def _generic(index: DesignIndex, source: str, target: str) -> list[Choice]:
    """Return the curated, then the schema-declared references, source first.

    Curated definitions cover what the schemas leave out (a function's Role
    has no format) and explain better what they share; a choice's id is
    the property path either way.
    """
    from .catalog import get_catalog
    from .generic_references import apply_candidate, candidate_references

    catalog = get_catalog()
    for referrer, referred in ((source, target), (target, source)):
        choices = _curated(index, referrer, referred)
        curated = {choice.id for choice in choices}
        candidates = candidate_references(
            catalog, index.type_of(referrer), index.type_of(referred)
        )
        for candidate in candidates:
            if candidate.id in curated:
                continue
            properties = apply_candidate(
                index.properties(referrer), candidate, referred
            )
            patch = [add(("components", referrer, "properties"), properties)]
            choices.append(
                Choice(candidate.id, candidate.title, candidate.explanation, patch)
            )
        if choices:
            return choices
    return []


def _curated(index: DesignIndex, referrer: str, referred: str) -> list[Choice]:
    """Return the choices the curated edge definitions give for this pair."""
    choices = []
    for definition in get_definitions().values():
        if not definition.path or not definition.value:
            continue
        if not (
            definition.source.matches(index.components[referrer])
            and definition.target.matches(index.components[referred])
        ):
            continue
        properties = _with_reference(
            index.properties(referrer),
            definition.segments,
            definition.reference(referred),
        )
        if properties is None:
            continue
        shown = definition.path.replace("/*", "[]").replace("/", ".")
        choices.append(
            Choice(
                id=definition.path,
                title=f"{shown}: {definition.title}",
                explanation=definition.explanation,
                patch=[add(("components", referrer, "properties"), properties)],
            )
        )
    return choices


def _with_reference(properties: dict, segments: tuple, value: Any) -> dict | None:
    """Return properties with value written at segments, None if already so.

    A "*" segment appends: the value itself to a list of references, or a
    new object holding it to a list of objects.
    """
    result = copy.deepcopy(properties)
    node = result
    for position, key in enumerate(segments):
        last = position == len(segments) - 1
        if key == "*":
            items = node
            rest = segments[position + 1 :]
            if not rest:
                if value in items:
                    return None
                items.append(value)
            else:
                if any(_at(item, rest) == value for item in items):
                    return None
                items.append(_nest(rest, value))
            return result
        if last:
            if node.get(key) == value:
                return None
            node[key] = value
            return result
        following = segments[position + 1]
        default = [] if following == "*" else {}
        if not isinstance(node.get(key), type(default)):
            node[key] = default
        node = node[key]
    return result


def _at(node: Any, keys: tuple) -> Any:
    for key in keys:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node


def _nest(keys: tuple, value: Any) -> Any:
    for key in reversed(keys):
        value = {key: value}
    return value
