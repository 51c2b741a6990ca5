import pytest

from designer.template.document import from_template, to_template
from designer.template.exceptions import TemplateError, TemplateParseError
from designer.template.export import to_json, to_yaml
from designer.template.importer import import_template, parse_template
from tests.corpus import CORPUS_DIR as CORPUS
from tests.corpus import CORPUS_FILES

# Files that cannot become designs, and the code of the error they raise
UNIMPORTABLE = {}


def test_parse_template_returns_plain_types():
    template = parse_template(
        "AWSTemplateFormatVersion: 2010-09-09\n"
        "Resources:\n"
        "  B:\n"
        "    Type: AWS::S3::Bucket\n"
        "    Properties:\n"
        "      Name: !Sub '${AWS::StackName}-b'\n"
        "      Arn: !GetAtt Other.Arn\n"
        "      Count: 3\n"
        "      Flag: true\n"
        "      Ratio: 0.5\n"
        "      None: null\n"
    )
    assert template == {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Resources": {
            "B": {
                "Type": "AWS::S3::Bucket",
                "Properties": {
                    "Name": {"Fn::Sub": "${AWS::StackName}-b"},
                    "Arn": {"Fn::GetAtt": ["Other", "Arn"]},
                    "Count": 3,
                    "Flag": True,
                    "Ratio": 0.5,
                    "None": None,
                },
            }
        },
    }

    def types(node):
        yield type(node)
        if isinstance(node, dict):
            for key, value in node.items():
                yield type(key)
                yield from types(value)
        elif isinstance(node, list):
            for item in node:
                yield from types(item)

    assert set(types(template)) <= {dict, list, str, int, float, bool, type(None)}


def test_parse_template_reads_json_with_tabs():
    text = '{\n\t"Resources": {"B": {"Type": "AWS::S3::Bucket"}}\n}\n'
    assert parse_template(text) == {"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ("Resources:\n  B: [1,\n", 3, 1),
        ("Resources: {}\nResources: {}\n", 1, 1),
        ('{\n\t"a": 1,\n\t"a": 2}', 2, 2),
    ],
)
def test_decode_errors_carry_line_and_column(text, line, column):
    with pytest.raises(TemplateParseError) as caught:
        parse_template(text, filename="bad.yaml")
    error = caught.value
    assert (error.code, error.line, error.column) == ("parse_error", line, column)
    assert error.message.startswith("bad.yaml: ")


@pytest.mark.parametrize("text", ["just text\n", "- a\n- b\n"])
def test_a_template_must_be_a_mapping(text):
    with pytest.raises(TemplateParseError):
        parse_template(text)


def test_import_template_builds_a_design():
    document = import_template(
        "Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n"
        "  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n"
        "      VpcId: !Ref Vpc\n"
    )
    assert list(document["components"]) == ["Vpc", "Subnet"]
    assert document["components"]["Subnet"]["properties"] == {"VpcId": {"Ref": "Vpc"}}


# Round trip through the corpus


@pytest.fixture(params=CORPUS_FILES, ids=lambda path: path.name[-60:])
def corpus_file(request):
    return request.param


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent")
def test_corpus_is_present():
    assert CORPUS_FILES


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} is absent")
def test_corpus_round_trips(corpus_file):
    first = parse_template(corpus_file.read_text(encoding="utf-8"), corpus_file.name)

    if corpus_file.name in UNIMPORTABLE:
        with pytest.raises(TemplateError) as caught:
            from_template(first)
        assert caught.value.code == UNIMPORTABLE[corpus_file.name]
        assert all(error.code and error.path for error in caught.value.errors)
        return

    template = to_template(from_template(first))
    assert parse_template(to_yaml(template)) == first
    assert parse_template(to_json(template)) == first


def _alias_bomb(levels):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"a{level}: &a{level} [{refs}]")
    lines.append("Resources: {B: {Type: AWS::S3::Bucket}}")
    return "\n".join(lines) + "\n"


BAD_INPUTS = [
    ("not yaml", "Resources: [\n  - : :\n", "parse_error", 2),
    (
        "duplicate keys",
        "Resources:\n  A: {Type: AWS::S3::Bucket}\n  A: {Type: AWS::S3::Bucket}\n",
        "parse_error",
        2,
    ),
    ("deep nesting", "a: " + "[" * 3000 + "]" * 3000 + "\n", "parse_error", 1),
    ("alias bomb", _alias_bomb(9), "parse_error", None),
    ("a list, not a mapping", "- a\n- b\n", "parse_error", 1),
    (
        "over the size limit",
        "Description: " + "x" * 1_000_001 + "\n",
        "too_large",
        None,
    ),
]


@pytest.mark.parametrize(
    "text, code, line",
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_refused_with_a_code_and_where(text, code, line):
    with pytest.raises(TemplateParseError) as raised:
        parse_template(text)

    assert raised.value.code == code
    if line is not None:
        assert raised.value.line == line


def test_a_moderate_alias_use_is_expanded():
    template = parse_template(_alias_bomb(3))

    assert len(template["a2"]) == 9
    assert template["a2"][0][0] == ["x"] * 9
