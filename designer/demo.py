"""The demo design: an Aurora PostgreSQL cluster importing from S3 via a role."""

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_DESIGN_NAME = "Aurora PostgreSQL importing from S3"


def demo_document():
    """Return the demo's design document."""
    return {
        "template": {
            "AWSTemplateFormatVersion": "2010-09-09",
            "Description": (
                "Aurora PostgreSQL cluster that loads data from an S3 bucket "
                "(aws_s3.table_import_from_s3) through an associated IAM role."
            ),
            "Outputs": {
                "ClusterEndpoint": {
                    "Description": "Writer endpoint of the cluster.",
                    "Value": {"Fn::GetAtt": ["Cluster", "Endpoint.Address"]},
                },
                "ImportBucketName": {"Value": {"Ref": "ImportBucket"}},
            },
        },
        "components": {
            "ImportBucket": {
                "type": "AWS::S3::Bucket",
                "properties": {
                    "BucketEncryption": {
                        "ServerSideEncryptionConfiguration": [
                            {
                                "ServerSideEncryptionByDefault": {
                                    "SSEAlgorithm": "AES256"
                                }
                            }
                        ]
                    },
                    "PublicAccessBlockConfiguration": {
                        "BlockPublicAcls": True,
                        "BlockPublicPolicy": True,
                        "IgnorePublicAcls": True,
                        "RestrictPublicBuckets": True,
                    },
                },
                "attributes": {
                    "DeletionPolicy": "Retain",
                    "UpdateReplacePolicy": "Retain",
                },
                "position": {"x": 80.0, "y": 200.0},
            },
            "S3ImportRole": {
                "type": "AWS::IAM::Role",
                "properties": {
                    "Description": "Lets the Aurora cluster read the import bucket.",
                    "AssumeRolePolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {"Service": "rds.amazonaws.com"},
                                "Action": "sts:AssumeRole",
                                # Against the confused deputy: only RDS acting
                                # for this account may assume the role.
                                "Condition": {
                                    "StringEquals": {
                                        "aws:SourceAccount": {"Ref": "AWS::AccountId"}
                                    }
                                },
                            }
                        ],
                    },
                    "Policies": [
                        {
                            "PolicyName": "ReadImportBucket",
                            "PolicyDocument": {
                                "Version": "2012-10-17",
                                "Statement": [
                                    {
                                        "Effect": "Allow",
                                        "Action": ["s3:GetObject", "s3:ListBucket"],
                                        "Resource": [
                                            {"Fn::GetAtt": ["ImportBucket", "Arn"]},
                                            {"Fn::Sub": "${ImportBucket.Arn}/*"},
                                        ],
                                    }
                                ],
                            },
                        }
                    ],
                },
                "attributes": {},
                "position": {"x": 380.0, "y": 200.0},
            },
            "Cluster": {
                "type": "AWS::RDS::DBCluster",
                "properties": {
                    "Engine": "aurora-postgresql",
                    "MasterUsername": "postgres",
                    "ManageMasterUserPassword": True,
                    "StorageEncrypted": True,
                    "BackupRetentionPeriod": 7,
                    "ServerlessV2ScalingConfiguration": {
                        "MinCapacity": 0.5,
                        "MaxCapacity": 4,
                    },
                    "AssociatedRoles": [
                        {
                            "RoleArn": {"Fn::GetAtt": ["S3ImportRole", "Arn"]},
                            "FeatureName": "s3Import",
                        }
                    ],
                },
                "attributes": {
                    "DeletionPolicy": "Snapshot",
                    "UpdateReplacePolicy": "Snapshot",
                },
                "position": {"x": 680.0, "y": 200.0},
            },
            "ClusterWriter": {
                "type": "AWS::RDS::DBInstance",
                "properties": {
                    "DBClusterIdentifier": {"Ref": "Cluster"},
                    "DBInstanceClass": "db.serverless",
                    "Engine": "aurora-postgresql",
                },
                # The data lives in the cluster, whose policy keeps a snapshot.
                "attributes": {
                    "DeletionPolicy": "Delete",
                    "UpdateReplacePolicy": "Delete",
                },
                "position": {"x": 980.0, "y": 200.0},
            },
        },
    }
