"""Build links to the AWS documentation page of a resource type."""

CLOUDFORMATION_GUIDE = "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide"
SAM_GUIDE = (
    "https://docs.aws.amazon.com/serverless-application-model/latest/developerguide"
)


def documentation_url(type_name: str) -> str:
    """Return the user guide page for a Vendor::Service::Resource type."""
    vendor, service, resource = type_name.split("::")
    if (vendor, service) == ("AWS", "Serverless"):
        return f"{SAM_GUIDE}/sam-resource-{resource.lower()}.html"
    page = f"aws-resource-{service}-{resource}".lower()
    return f"{CLOUDFORMATION_GUIDE}/{page}.html"
