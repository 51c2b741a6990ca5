import pytest

from relationships.catalog import documentation_url, get_catalog


@pytest.mark.parametrize(
    ("type_name", "url"),
    [
        (
            "AWS::RDS::DBCluster",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/"
            "aws-resource-rds-dbcluster.html",
        ),
        (
            "AWS::EC2::SecurityGroup",
            "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/"
            "aws-resource-ec2-securitygroup.html",
        ),
        (
            "AWS::Serverless::Function",
            "https://docs.aws.amazon.com/serverless-application-model/latest/"
            "developerguide/sam-resource-function.html",
        ),
    ],
)
def test_documentation_url_points_at_the_user_guide_page(type_name, url):
    assert documentation_url(type_name) == url


def test_resource_type_carries_its_documentation_url():
    bucket = get_catalog().get("AWS::S3::Bucket")

    assert bucket.documentation_url.endswith("/aws-resource-s3-bucket.html")
