"""Suggestions over the REST API: list, preview, accept, dismiss, connect."""

import pytest

from designer import actions
from designer.template.document import to_template
from designer.template.validation import validate_template

pytestmark = pytest.mark.django_db

ROLE_REF_CLUSTER = {
    "Engine": "aurora-postgresql",
    "MasterUsername": "postgres",
    "ManageMasterUserPassword": True,
    "MonitoringInterval": 60,
}


@pytest.fixture
def cluster_design(user):
    design = actions.do_create_design(user, "Cluster")
    design, _ = actions.do_add_component(
        design,
        user,
        "AWS::RDS::DBCluster",
        logical_id="Cluster",
        properties=ROLE_REF_CLUSTER,
    )
    return design


def suggestions(api, design):
    response = api.get(f"/api/designs/{design.pk}/suggestions/")
    assert response.status_code == 200
    return response.json()


def test_a_monitoring_interval_without_a_role_is_suggested_a_role(api, cluster_design):
    body = suggestions(api, cluster_design)

    assert body["version"] == cluster_design.version
    monitoring = [s for s in body["suggestions"] if s["rule"] == "E7020"]
    assert monitoring, body
    suggestion = monitoring[0]
    assert suggestion["components"][0] == "Cluster"
    assert suggestion["explanation"]
    assert all(
        url.startswith("https://docs.aws.amazon.com/") for url in suggestion["docs"]
    )
    assert suggestion["ghost"]["components"] or any(
        choice["ghost"]["components"] for choice in suggestion.get("choices", [])
    )


def test_ids_are_stable_across_calls(api, cluster_design):
    first = [s["id"] for s in suggestions(api, cluster_design)["suggestions"]]
    second = [s["id"] for s in suggestions(api, cluster_design)["suggestions"]]

    assert first and first == second


def test_accepting_creates_the_monitoring_role_with_its_trust(api, cluster_design):
    suggestion = next(
        s
        for s in suggestions(api, cluster_design)["suggestions"]
        if s["rule"] == "E7020"
    )
    body = {"version": cluster_design.version}
    if suggestion.get("choices"):
        body["choice"] = suggestion["choices"][-1]["id"]

    response = api.post(
        f"/api/designs/{cluster_design.pk}/suggestions/{suggestion['id']}/accept/",
        body,
        format="json",
    )

    assert response.status_code == 200, response.json()
    design = response.json()
    assert design["version"] == cluster_design.version + 1
    cluster = design["components"]["Cluster"]["properties"]
    role_id = cluster["MonitoringRoleArn"]["Fn::GetAtt"][0]
    role = design["components"][role_id]["properties"]
    principals = [
        statement["Principal"]["Service"]
        for statement in role["AssumeRolePolicyDocument"]["Statement"]
    ]
    assert principals in (
        ["monitoring.rds.amazonaws.com"],
        [["monitoring.rds.amazonaws.com"]],
    )
    assert {
        "Fn::Sub": (
            "arn:${AWS::Partition}:iam::aws:policy/service-role/"
            "AmazonRDSEnhancedMonitoringRole"
        )
    } in role["ManagedPolicyArns"]


def test_preview_shows_the_template_diff(api, cluster_design):
    suggestion = next(
        s
        for s in suggestions(api, cluster_design)["suggestions"]
        if s["rule"] == "E7020"
    )

    response = api.get(
        f"/api/designs/{cluster_design.pk}/suggestions/{suggestion['id']}/preview/"
    )

    assert response.status_code == 200
    diff = response.json()["diff"]
    assert diff.startswith("--- template.yaml")
    assert "+      MonitoringRoleArn: !GetAtt" in diff


def test_a_stale_version_is_a_conflict(api, cluster_design, user):
    suggestion = suggestions(api, cluster_design)["suggestions"][0]
    actions.do_update_design(cluster_design, user, name="Moved on")

    response = api.post(
        f"/api/designs/{cluster_design.pk}/suggestions/{suggestion['id']}/accept/",
        {"version": cluster_design.version, "choice": "x"},
        format="json",
    )

    assert response.status_code == 409
    assert response.json()["code"] == "version_conflict"


def test_an_unknown_suggestion_is_a_404(api, cluster_design):
    url = f"/api/designs/{cluster_design.pk}/suggestions/E7999-000000000000/"

    assert api.post(f"{url}accept/", {}, format="json").status_code == 404
    assert api.post(f"{url}dismiss/").status_code == 404
    assert api.get(f"{url}preview/").json()["code"] == "unknown_suggestion"


MONITORING_ROLE = {
    "AssumeRolePolicyDocument": {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": "monitoring.rds.amazonaws.com"},
                "Action": "sts:AssumeRole",
            }
        ],
    },
    "ManagedPolicyArns": [
        {
            "Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/"
            "AmazonRDSEnhancedMonitoringRole"
        }
    ],
}


def test_a_suggestion_with_choices_needs_one(api, cluster_design, user):
    actions.do_add_component(
        cluster_design,
        user,
        "AWS::IAM::Role",
        logical_id="Watcher",
        properties=MONITORING_ROLE,
    )
    with_choices = [
        s for s in suggestions(api, cluster_design)["suggestions"] if s.get("choices")
    ]
    assert with_choices
    url = f"/api/designs/{cluster_design.pk}/suggestions/{with_choices[0]['id']}/"

    needed = api.post(f"{url}accept/", {}, format="json")
    wrong = api.post(f"{url}accept/", {"choice": "nonsense"}, format="json")

    assert needed.status_code == 409
    assert {c["id"] for c in needed.json()["choices"]} == {
        c["id"] for c in with_choices[0]["choices"]
    }
    assert wrong.status_code == 400
    assert wrong.json()["errors"][0]["field"] == "choice"


def test_a_dismissed_suggestion_stays_dismissed(api, cluster_design, user):
    suggestion = suggestions(api, cluster_design)["suggestions"][0]
    url = f"/api/designs/{cluster_design.pk}/suggestions/{suggestion['id']}/"

    assert api.post(f"{url}dismiss/").status_code == 204
    assert api.post(f"{url}dismiss/").status_code in (204, 404)
    actions.do_update_design(cluster_design, user, name="Still dismissed")

    ids = [s["id"] for s in suggestions(api, cluster_design)["suggestions"]]
    assert suggestion["id"] not in ids


def test_accepting_everything_gives_a_template_cfn_lint_accepts(api, cluster_design):
    design_id = cluster_design.pk
    for _ in range(12):
        found = [
            s
            for s in suggestions(api, cluster_design)["suggestions"]
            if s["kind"] != "warn"
        ]
        if not found:
            break
        body = (
            {"choice": found[0]["choices"][0]["id"]} if found[0].get("choices") else {}
        )
        response = api.post(
            f"/api/designs/{design_id}/suggestions/{found[0]['id']}/accept/",
            body,
            format="json",
        )
        assert response.status_code == 200, response.json()
    else:
        pytest.fail("Suggestions kept coming")

    from designer.models import Design

    document = Design.objects.get(pk=design_id).document
    errors = [
        f for f in validate_template(to_template(document)) if f.severity == "error"
    ]
    assert errors == []


def test_drawing_a_cluster_to_a_bucket_asks_for_the_feature(api, cluster_design, user):
    actions.do_add_component(cluster_design, user, "AWS::S3::Bucket", logical_id="Data")
    url = f"/api/designs/{cluster_design.pk}/connect/"

    asked = api.post(url, {"source": "Cluster", "target": "Data"}, format="json")

    assert asked.status_code == 409
    choices = {choice["id"] for choice in asked.json()["choices"]}
    assert {"s3Import", "s3Export"} <= choices

    done = api.post(
        url,
        {"source": "Cluster", "target": "Data", "choice": "s3Import"},
        format="json",
    )

    assert done.status_code == 200, done.json()
    design = done.json()["design"]
    (binding,) = design["components"]["Cluster"]["properties"]["AssociatedRoles"]
    assert binding["FeatureName"] == "s3Import"
    role_id = binding["RoleArn"]["Fn::GetAtt"][0]
    role = design["components"][role_id]
    assert role["type"] == "AWS::IAM::Role"
    trust = role["properties"]["AssumeRolePolicyDocument"]["Statement"][0]
    assert trust["Principal"]["Service"] in ("rds.amazonaws.com", ["rds.amazonaws.com"])
    assert {"source": role_id, "target": "Data"} in [
        {"source": c["source"], "target": c["target"]} for c in design["connections"]
    ]
