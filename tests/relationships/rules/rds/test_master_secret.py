from relationships.engine import evaluate
from relationships.rules.rds.master_secret import MasterSecret

from ...designs import applied, cluster, design, function, getatt, role

RULE = [MasterSecret()]
SECRET = getatt("Cluster", "MasterUserSecret.SecretArn")


def test_a_function_not_reading_the_secret_needs_nothing():
    document = design(
        Cluster=cluster(), Exec=role("lambda.amazonaws.com"), Fn=function("Exec")
    )

    assert evaluate(document, rules=RULE) == []


def test_a_reader_gets_get_secret_value_on_the_secret():
    document = design(
        Cluster=cluster(),
        Exec=role("lambda.amazonaws.com"),
        Fn=function("Exec", SECRET=SECRET),
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    statement = fixed["components"]["Exec"]["properties"]["Policies"][0][
        "PolicyDocument"
    ]["Statement"][0]
    assert statement == {
        "Effect": "Allow",
        "Action": "secretsmanager:GetSecretValue",
        "Resource": SECRET,
    }
    assert evaluate(fixed, rules=RULE) == []


def test_the_secret_needs_the_managed_password():
    document = design(
        Cluster=cluster(
            ManageMasterUserPassword=False, MasterUserPassword="not-a-secret"
        ),
        Exec=role("lambda.amazonaws.com"),
        Fn=function("Exec", SECRET=SECRET),
    )

    (suggestion,) = evaluate(document, rules=RULE)
    fixed = applied(document, suggestion.patch)

    properties = fixed["components"]["Cluster"]["properties"]
    assert properties["ManageMasterUserPassword"] is True
    assert "MasterUserPassword" not in properties
