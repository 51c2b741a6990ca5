"""What the RDS engines offer: feature names, role parameters, families.

The facts come from the Amazon Aurora and Amazon RDS user guides, which the
explanations link to. Feature names are case-sensitive.
"""

from __future__ import annotations

from typing import Any

CLUSTER = "AWS::RDS::DBCluster"
CLUSTER_PARAMETER_GROUP = "AWS::RDS::DBClusterParameterGroup"

AURORA_POSTGRESQL = "aurora-postgresql"
AURORA_MYSQL = "aurora-mysql"
POSTGRES = "postgres"

RDS_SERVICE = "rds.amazonaws.com"
MONITORING_SERVICE = "monitoring.rds.amazonaws.com"
DIRECTORY_SERVICE = "directoryservice.rds.amazonaws.com"

MONITORING_INTERVALS = (0, 1, 5, 10, 15, 30, 60)

# AddRoleToDBCluster's FeatureName, per engine, exactly as RDS spells them.
FEATURES: dict[str, tuple[str, ...]] = {
    AURORA_POSTGRESQL: (
        "s3Import",
        "s3Export",
        "Lambda",
        "SageMaker",
        "Comprehend",
        "Bedrock",
    ),
    POSTGRES: ("s3Import", "s3Export", "Lambda"),
}

# Aurora MySQL takes no FeatureName: a cluster parameter names each role.
MYSQL_ROLE_PARAMETERS: dict[str, str] = {
    "s3": "aws_default_s3_role",
    "lambda": "aws_default_lambda_role",
    "sagemaker": "aws_default_sagemaker_role",
    "comprehend": "aws_default_comprehend_role",
    "bedrock": "aws_default_bedrock_role",
}

# The service a role's statements use, to tell which parameter it serves.
_SERVICE_OF_ACTION = {
    "s3": "s3",
    "lambda": "lambda",
    "sagemaker": "sagemaker",
    "comprehend": "comprehend",
    "bedrock": "bedrock",
}

DOCS = {
    "associated_roles": "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbcluster.html#cfn-rds-dbcluster-associatedroles",
    "feature_names": "https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DBEngineVersion.html",
    "mysql_roles": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.Authorizing.IAM.AddRoleToDBCluster.html",
    "pg_s3_import": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/USER_PostgreSQL.S3Import.AccessPermission.html",
    "pg_s3_export": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/postgresql-s3-export-access-bucket.html",
    "pg_lambda": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/PostgreSQL-Lambda.html",
    "mysql_s3_policy": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.Authorizing.IAM.S3CreatePolicy.html",
    "mysql_lambda_policy": "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.Authorizing.IAM.LambdaCreatePolicy.html",
}


def engine_of(properties: dict) -> str | None:
    """Return a cluster's engine when it is written as a plain string."""
    engine = properties.get("Engine")
    return engine if isinstance(engine, str) else None


def uses_feature_names(properties: dict) -> bool:
    """Return whether a cluster's AssociatedRoles need a FeatureName.

    Aurora PostgreSQL does, and so does an RDS for PostgreSQL Multi-AZ DB
    cluster, which is the postgres engine with DBClusterInstanceClass set.
    """
    engine = engine_of(properties)
    if engine == AURORA_POSTGRESQL:
        return True
    return engine == POSTGRES and properties.get("DBClusterInstanceClass") is not None


def supported_features(properties: dict) -> tuple[str, ...]:
    """Return the FeatureName values a cluster's engine accepts."""
    if not uses_feature_names(properties):
        return ()
    return FEATURES[engine_of(properties)]


def is_aurora_mysql(properties: dict) -> bool:
    """Return whether a cluster runs Aurora MySQL."""
    return engine_of(properties) == AURORA_MYSQL


def mysql_family(properties: dict) -> str:
    """Return the parameter group family of an Aurora MySQL cluster's version."""
    version = properties.get("EngineVersion")
    if isinstance(version, str) and version.startswith("5.7"):
        return "aurora-mysql5.7"
    return "aurora-mysql8.0"


def services_used(statements: list[dict]) -> set[str]:
    """Return the services (s3, lambda, ...) a list of statements allows."""
    used = set()
    for statement in statements:
        actions = statement.get("Action")
        for action in actions if isinstance(actions, list) else [actions]:
            if isinstance(action, str) and ":" in action:
                service = _SERVICE_OF_ACTION.get(action.split(":", 1)[0])
                if service:
                    used.add(service)
    return used


def parameter_value(group_properties: dict, name: str) -> Any:
    """Return the value a cluster parameter group gives a parameter, or None."""
    parameters = group_properties.get("Parameters")
    return parameters.get(name) if isinstance(parameters, dict) else None
