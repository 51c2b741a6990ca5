"""The resource types the palette shows first, in palette order."""

FEATURED_TYPES: tuple[str, ...] = (
    "AWS::RDS::DBCluster",
    "AWS::IAM::Role",
    "AWS::S3::Bucket",
    "AWS::Lambda::Function",
    "AWS::SecretsManager::Secret",
    "AWS::KMS::Key",
    "AWS::EC2::VPC",
    "AWS::EC2::Subnet",
    "AWS::EC2::SecurityGroup",
    "AWS::RDS::DBSubnetGroup",
)


def is_featured(type_name: str) -> bool:
    """Return whether type_name belongs on the top of the palette."""
    return type_name in FEATURED_TYPES
