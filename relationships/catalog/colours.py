"""Colour each AWS service after its architecture-icon family."""

from __future__ import annotations

import hashlib

# One colour per icon family, after AWS's architecture icon set.
FAMILY_COLOURS: dict[str, str] = {
    "compute": "#ED7100",
    "containers": "#ED7100",
    "database": "#3B48CC",
    "storage": "#7AA116",
    "security": "#DD344C",
    "networking": "#8C4FFF",
    "management": "#E7157B",
    "integration": "#E7157B",
    "analytics": "#8C4FFF",
    "machine-learning": "#01A88D",
    "developer-tools": "#C925D1",
    "iot": "#1B660F",
    "end-user": "#DD344C",
}

SERVICE_FAMILIES: dict[str, str] = {
    # Compute and containers
    "EC2": "compute",
    "Lambda": "compute",
    "Serverless": "compute",
    "AutoScaling": "compute",
    "Batch": "compute",
    "ElasticBeanstalk": "compute",
    "Lightsail": "compute",
    "ImageBuilder": "compute",
    "ECS": "containers",
    "EKS": "containers",
    "ECR": "containers",
    "AppRunner": "containers",
    # Database
    "RDS": "database",
    "DynamoDB": "database",
    "ElastiCache": "database",
    "DocDB": "database",
    "DocDBElastic": "database",
    "Neptune": "database",
    "MemoryDB": "database",
    "Redshift": "database",
    "Timestream": "database",
    "Cassandra": "database",
    "DAX": "database",
    "DSQL": "database",
    # Storage
    "S3": "storage",
    "S3Express": "storage",
    "S3Tables": "storage",
    "S3Outposts": "storage",
    "EFS": "storage",
    "FSx": "storage",
    "Backup": "storage",
    "StorageGateway": "storage",
    # Security, identity and compliance
    "IAM": "security",
    "KMS": "security",
    "SecretsManager": "security",
    "Cognito": "security",
    "WAF": "security",
    "WAFv2": "security",
    "WAFRegional": "security",
    "GuardDuty": "security",
    "SecurityHub": "security",
    "ACMPCA": "security",
    "CertificateManager": "security",
    "Shield": "security",
    "Inspector": "security",
    "InspectorV2": "security",
    "Macie": "security",
    "SSO": "security",
    "NetworkFirewall": "security",
    "Detective": "security",
    "AccessAnalyzer": "security",
    # Networking and content delivery
    "Route53": "networking",
    "Route53Resolver": "networking",
    "CloudFront": "networking",
    "ElasticLoadBalancing": "networking",
    "ElasticLoadBalancingV2": "networking",
    "ApiGateway": "networking",
    "ApiGatewayV2": "networking",
    "DirectConnect": "networking",
    "GlobalAccelerator": "networking",
    "NetworkManager": "networking",
    "VpcLattice": "networking",
    "ServiceDiscovery": "networking",
    "AppMesh": "networking",
    # Management and governance
    "CloudFormation": "management",
    "CloudWatch": "management",
    "Logs": "management",
    "CloudTrail": "management",
    "Config": "management",
    "SSM": "management",
    "Organizations": "management",
    "ServiceCatalog": "management",
    "Events": "integration",
    "Scheduler": "integration",
    # Application integration
    "SNS": "integration",
    "SQS": "integration",
    "StepFunctions": "integration",
    "Pipes": "integration",
    "AppSync": "integration",
    "AmazonMQ": "integration",
    # Analytics
    "Athena": "analytics",
    "Glue": "analytics",
    "Kinesis": "analytics",
    "KinesisFirehose": "analytics",
    "KinesisAnalytics": "analytics",
    "KinesisAnalyticsV2": "analytics",
    "EMR": "analytics",
    "OpenSearchService": "analytics",
    "Elasticsearch": "analytics",
    "MSK": "analytics",
    "QuickSight": "analytics",
    "LakeFormation": "analytics",
    # Machine learning
    "SageMaker": "machine-learning",
    "Bedrock": "machine-learning",
    "Comprehend": "machine-learning",
    "Rekognition": "machine-learning",
    # Developer tools
    "CodeBuild": "developer-tools",
    "CodePipeline": "developer-tools",
    "CodeCommit": "developer-tools",
    "CodeDeploy": "developer-tools",
    "CodeArtifact": "developer-tools",
    # Internet of things
    "IoT": "iot",
    "IoTEvents": "iot",
    "IoTSiteWise": "iot",
    "Greengrass": "iot",
    "GreengrassV2": "iot",
}

# Muted colours for services outside the table, picked by a stable hash.
FALLBACK_COLOURS: tuple[str, ...] = (
    "#5A6B86",
    "#7D8998",
    "#4D7A8C",
    "#8A6F5A",
    "#6C5B7B",
    "#587B5F",
    "#8C5D6E",
    "#5F6F52",
)


def family_for(service: str) -> str | None:
    """Return the icon family of a service, or None if it is not mapped."""
    return SERVICE_FAMILIES.get(service)


def colour_for(service: str) -> str:
    """Return the hex colour that stands for a service on every drawing."""
    family = SERVICE_FAMILIES.get(service)
    if family is not None:
        return FAMILY_COLOURS[family]
    digest = hashlib.sha256(service.encode("utf-8")).digest()
    return FALLBACK_COLOURS[digest[0] % len(FALLBACK_COLOURS)]
