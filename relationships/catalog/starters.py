"""Give a component dropped on the canvas properties cfn-lint accepts.

These are product defaults, not a specification: the catalog still comes
from the provider schemas. Where a type cannot stand alone (a subnet needs
a VPC), the starter holds an obvious placeholder that a relationship
replaces when the user connects the component.
"""

from __future__ import annotations

import copy
from typing import Any

from .catalog import Catalog, get_catalog

PLACEHOLDER_VPC_ID = "vpc-00000000000000000"
PLACEHOLDER_SUBNET_IDS = ("subnet-00000000000000000", "subnet-11111111111111111")
ACCOUNT_ROOT_ARN = "arn:${AWS::Partition}:iam::${AWS::AccountId}:root"


def _trust_policy(service: str) -> dict[str, Any]:
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": [service]},
                "Action": ["sts:AssumeRole"],
            }
        ],
    }


STARTERS: dict[str, dict[str, Any]] = {
    "AWS::RDS::DBCluster": {
        "Engine": "aurora-postgresql",
        "MasterUsername": "postgres",
        "ManageMasterUserPassword": True,
    },
    "AWS::IAM::Role": {
        "AssumeRolePolicyDocument": _trust_policy("rds.amazonaws.com"),
    },
    "AWS::S3::Bucket": {
        "PublicAccessBlockConfiguration": {
            "BlockPublicAcls": True,
            "BlockPublicPolicy": True,
            "IgnorePublicAcls": True,
            "RestrictPublicBuckets": True,
        },
    },
    "AWS::Lambda::Function": {
        "Runtime": "python3.13",
        "Handler": "index.handler",
        "Code": {"ZipFile": "def handler(event, context):\n    return {}\n"},
        "Role": {
            "Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/"
            "lambda-execution"
        },
    },
    "AWS::SecretsManager::Secret": {
        "GenerateSecretString": {"PasswordLength": 32, "ExcludePunctuation": True},
    },
    "AWS::KMS::Key": {
        "EnableKeyRotation": True,
        "KeyPolicy": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "AllowAccountAdministration",
                    "Effect": "Allow",
                    "Principal": {"AWS": {"Fn::Sub": ACCOUNT_ROOT_ARN}},
                    "Action": "kms:*",
                    "Resource": "*",
                }
            ],
        },
    },
    "AWS::EC2::VPC": {
        "CidrBlock": "10.0.0.0/16",
        "EnableDnsHostnames": True,
        "EnableDnsSupport": True,
    },
    "AWS::EC2::Subnet": {
        "VpcId": PLACEHOLDER_VPC_ID,
        "CidrBlock": "10.0.0.0/24",
    },
    "AWS::EC2::SecurityGroup": {
        "GroupDescription": "Managed by the designer",
    },
    "AWS::RDS::DBSubnetGroup": {
        "DBSubnetGroupDescription": "Managed by the designer",
        "SubnetIds": list(PLACEHOLDER_SUBNET_IDS),
    },
}


def starter_properties(type_name: str, catalog: Catalog | None = None) -> dict:
    """Return the properties a new component of type_name starts with.

    A type without a hand-picked starter gets its required properties only
    when every one of them has an obvious value (a schema default, the first
    allowed value, or false); otherwise it starts empty.
    """
    if type_name in STARTERS:
        return copy.deepcopy(STARTERS[type_name])

    resource_type = (catalog or get_catalog()).get(type_name)
    if resource_type is None:
        return {}

    # Fill the required properties, or none of them
    properties: dict[str, Any] = {}
    for spec in resource_type.properties:
        if not spec.required:
            continue
        if spec.default is not None:
            properties[spec.name] = copy.deepcopy(spec.default)
        elif spec.enum:
            properties[spec.name] = spec.enum[0]
        elif spec.type == "boolean":
            properties[spec.name] = False
        else:
            return {}
    return properties
