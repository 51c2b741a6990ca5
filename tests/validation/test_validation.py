import socket
from concurrent.futures import ThreadPoolExecutor

import pytest

import designer.template.validation as validation
from designer.template.validation import (
    MAX_RESOURCES,
    RESOURCE_QUOTA_RULE,
    Finding,
    validate_template,
)
from relationships.catalog import FEATURED_TYPES, starter_properties


@pytest.fixture(autouse=True)
def _fresh_cache():
    validation.clear_cache()
    yield
    validation.clear_cache()


def _template(resources):
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": resources}


def _errors(findings):
    return [finding for finding in findings if finding.severity == "error"]


def test_a_clean_template_has_no_error():
    template = _template(
        {
            "Bucket": {"Type": "AWS::S3::Bucket"},
            "Db": {
                "Type": "AWS::RDS::DBCluster",
                "Properties": starter_properties("AWS::RDS::DBCluster"),
            },
        }
    )

    assert _errors(validate_template(template)) == []


def test_a_missing_required_property_names_the_component():
    template = _template(
        {"Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Code": {}}}}
    )

    findings = validate_template(template)

    (missing,) = [f for f in findings if f.rule == "E3003" and "Role" in f.message]
    assert missing.severity == "error"
    assert missing.component == "Fn"
    assert missing.path == ("Resources", "Fn", "Properties")


def test_a_cluster_password_without_a_master_username_is_reported():
    properties = {"Engine": "aurora-postgresql", "MasterUserPassword": "x" * 12}
    template = _template(
        {"Db": {"Type": "AWS::RDS::DBCluster", "Properties": properties}}
    )

    findings = _errors(validate_template(template))

    assert [f.component for f in findings] == ["Db"]
    assert "MasterUsername" in findings[0].message


def test_a_bad_property_type_is_reported_at_its_path():
    properties = {**starter_properties("AWS::RDS::DBCluster"), "Port": "five"}
    template = _template(
        {"Db": {"Type": "AWS::RDS::DBCluster", "Properties": properties}}
    )

    (finding,) = _errors(validate_template(template))

    assert finding.rule == "E3012"
    assert finding.component == "Db"
    assert finding.path == ("Resources", "Db", "Properties", "Port")
    assert finding.as_dict()["path"] == ["Resources", "Db", "Properties", "Port"]


def test_a_template_finding_outside_resources_has_no_component():
    template = _template({"Bucket": {"Type": "AWS::S3::Bucket"}})
    template["Outputs"] = {"Name": {"Value": {"Ref": "Missing"}}}

    findings = _errors(validate_template(template))

    assert findings
    assert all(finding.component is None for finding in findings)
    assert findings[0].path[0] == "Outputs"


def test_more_than_500_resources_breaks_the_stack_quota():
    count = MAX_RESOURCES + 1
    template = _template(
        {f"Topic{i}": {"Type": "AWS::SNS::Topic"} for i in range(count)}
    )

    findings = validate_template(template)

    quota = [f for f in findings if f.rule == RESOURCE_QUOTA_RULE]
    assert quota == [
        Finding(
            rule=RESOURCE_QUOTA_RULE,
            severity="error",
            message="The template has 501 resources; CloudFormation allows 500 "
            "in one stack.",
            path=("Resources",),
        )
    ]
    assert not [f for f in findings if f.rule == "E3010" and f.path == ("Resources",)]


def test_500_resources_are_within_the_quota():
    template = _template({f"T{i}": {"Type": "AWS::SNS::Topic"} for i in range(500)})

    assert not [f for f in validate_template(template) if f.rule == RESOURCE_QUOTA_RULE]


@pytest.mark.parametrize("type_name", FEATURED_TYPES)
def test_each_featured_starter_validates_clean(type_name):
    template = _template(
        {"Component": {"Type": type_name, "Properties": starter_properties(type_name)}}
    )

    assert validate_template(template) == []


def test_a_crash_inside_cfn_lint_becomes_a_finding(monkeypatch, caplog):
    class Broken:
        lock = validation.threading.Lock()

        def run(self, template, regions):
            raise RuntimeError("boom")

    monkeypatch.setattr(validation, "_get_validator", lambda: Broken())

    findings = validate_template(_template({"Bucket": {"Type": "AWS::S3::Bucket"}}))

    assert [f.rule for f in findings] == [validation.LINTER_CRASH_RULE]
    assert findings[0].severity == "error"
    assert "boom" in findings[0].message
    assert "cfn-lint failed" in caplog.text


def test_an_unknown_region_becomes_a_finding_not_an_exception():
    findings = validate_template(
        _template({"Bucket": {"Type": "AWS::S3::Bucket"}}), regions=("mars-1",)
    )

    assert [f.rule for f in findings] == [validation.LINTER_CRASH_RULE]


def test_validation_never_opens_a_network_connection(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("validation tried to reach the network")

    monkeypatch.setattr(validation, "_validator", None)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

    template = _template({"Bucket": {"Type": "AWS::S3::Bucket"}})
    assert validate_template(template) == []


def test_the_validator_is_built_once():
    validate_template(_template({}))
    first = validation._get_validator()
    validate_template(_template({"Bucket": {"Type": "AWS::S3::Bucket"}}))

    assert validation._get_validator() is first


def test_an_unchanged_template_is_answered_from_the_cache(monkeypatch):
    template = _template({"Fn": {"Type": "AWS::Lambda::Function"}})
    first = validate_template(template)

    monkeypatch.setattr(validation, "_validate", None)
    again = validate_template(template)

    assert again == first
    assert again is not first


def test_an_edited_template_is_validated_again():
    template = _template({"Bucket": {"Type": "AWS::S3::Bucket"}})
    assert validate_template(template) == []

    template["Resources"]["Bucket"]["Properties"] = {"BucketName": "Not_Valid!"}

    assert {f.component for f in validate_template(template)} == {"Bucket"}


def test_concurrent_validations_match_serial_ones():
    templates = [
        _template({"Fn": {"Type": "AWS::Lambda::Function", "Properties": {}}}),
        _template({"Db": {"Type": "AWS::RDS::DBCluster", "Properties": {"Port": "x"}}}),
        _template({"Bucket": {"Type": "AWS::S3::Bucket"}}),
    ] * 3
    serial = [validate_template(template) for template in templates]
    validation.clear_cache()

    with ThreadPoolExecutor(max_workers=4) as pool:
        concurrent = list(pool.map(validate_template, templates))

    assert concurrent == serial


def test_warm_up_builds_the_validator_the_first_call_uses(monkeypatch):
    monkeypatch.setattr(validation, "_validator", None)

    validation.warm_up()
    built = validation._get_validator()
    validate_template(_template({"Bucket": {"Type": "AWS::S3::Bucket"}}))

    assert validation._get_validator() is built
