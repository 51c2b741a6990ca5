"""Build small design documents for the relationship engine's tests."""

from __future__ import annotations

import copy

import jsonpatch


def trust(*services, source_account=True):
    statement = {
        "Effect": "Allow",
        "Principal": {"Service": list(services)},
        "Action": "sts:AssumeRole",
    }
    if source_account:
        statement["Condition"] = {
            "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}}
        }
    return {"Version": "2012-10-17", "Statement": [statement]}


def component(resource_type, **properties):
    return {
        "type": resource_type,
        "properties": properties,
        "attributes": {},
        "position": {"x": 0, "y": 0},
    }


def cluster(engine="aurora-postgresql", **properties):
    base = {
        "Engine": engine,
        "MasterUsername": "dbadmin",
        "ManageMasterUserPassword": True,
    }
    return component("AWS::RDS::DBCluster", **{**base, **properties})


def role(*services, source_account=True, **properties):
    services = services or ("rds.amazonaws.com",)
    document = trust(*services, source_account=source_account)
    return component("AWS::IAM::Role", AssumeRolePolicyDocument=document, **properties)


def bucket():
    return component("AWS::S3::Bucket")


def function(role_id=None, **variables):
    properties = {
        "Runtime": "python3.13",
        "Handler": "index.handler",
        "Code": {"ZipFile": "def handler(event, context):\n    return {}\n"},
        "Role": {"Fn::GetAtt": [role_id, "Arn"]}
        if role_id
        else {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x"},
    }
    if variables:
        properties["Environment"] = {"Variables": variables}
    return component("AWS::Lambda::Function", **properties)


def design(**components):
    return {
        "template": {"AWSTemplateFormatVersion": "2010-09-09"},
        "components": copy.deepcopy(components),
    }


def getatt(name, attribute="Arn"):
    return {"Fn::GetAtt": [name, attribute]}


def applied(document, operations):
    """Return a copy of document with the operations applied."""
    return jsonpatch.apply_patch(document, operations, in_place=False)


def by_rule(suggestions, rule_id):
    return [s for s in suggestions if s.rule == rule_id]
