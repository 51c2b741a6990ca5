"""Write CloudFormation templates as JSON or as YAML with short-form tags."""

from __future__ import annotations

import json
import re

import yaml

_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# Intrinsic functions with a YAML short form, by their long-form key
SHORT_FORMS = {
    "Ref": "!Ref",
    "Condition": "!Condition",
    **{
        f"Fn::{name}": f"!{name}"
        for name in (
            "GetAtt",
            "Sub",
            "Join",
            "Select",
            "Split",
            "If",
            "Equals",
            "And",
            "Or",
            "Not",
            "FindInMap",
            "Base64",
            "Cidr",
            "GetAZs",
            "ImportValue",
            "Transform",
            "ToJsonString",
            "Length",
        )
    },
}

YAML_WIDTH = 1 << 20


def foreign_tag(key):
    """Return the YAML tag of a key read from a tag CloudFormation lacks."""
    if not isinstance(key, str) or not key.startswith("Fn::"):
        return None
    name = key[len("Fn::") :]
    if key in SHORT_FORMS or key in LONG_ONLY or name.startswith("ForEach"):
        return None
    return f"!{name}"


# Intrinsics written in their long form here: the functions of a template's
# Rules section, which are CloudFormation's own, not a preprocessor's.
LONG_ONLY = frozenset(
    {
        "Fn::GetAtt",
        "Fn::Contains",
        "Fn::EachMemberEquals",
        "Fn::EachMemberIn",
        "Fn::RefAll",
        "Fn::ValueOf",
        "Fn::ValueOfAll",
    }
)

# Only ever inside JSON strings: the rest of JSON's output is ASCII
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def to_json(template) -> str:
    """Return the template as indented JSON, keys in their given order.

    Characters YAML forbids or reads as line breaks are escaped, since
    readers such as cfn-lint try YAML before JSON.
    """
    text = json.dumps(template, indent=2, ensure_ascii=False)
    return _YAML_UNSAFE.sub(_escape, text) + "\n"


def _escape(match) -> str:
    """Return the JSON escape of one character."""
    return f"\\u{ord(match.group(0)):04x}"


def to_yaml(template) -> str:
    """Return the template as block-style YAML with short-form intrinsics."""
    return yaml.dump(
        template,
        Dumper=_TemplateDumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=YAML_WIDTH,
    )


class _TemplateDumper(_BaseDumper):
    """A safe dumper writing intrinsics as tags and never using aliases."""

    def ignore_aliases(self, data):
        return True


def _represent_str(dumper, data):
    """Write multi-line strings as literal blocks."""
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(data), style=style)


def _represent_dict(dumper, data):
    """Write a single-key intrinsic as a tag, any other mapping as itself.

    cfn-lint reads a tag CloudFormation does not know (a preprocessor's,
    such as !Rain::Embed) as "Fn::Rain::Embed"; it is written back as the
    tag it was.
    """
    if len(data) == 1:
        ((key, value),) = data.items()
        tag = SHORT_FORMS.get(key) or foreign_tag(key)
        if tag is not None:
            node = _represent_intrinsic(dumper, tag, value)
            if node is not None:
                return node
    return dumper.represent_mapping("tag:yaml.org,2002:map", data)


def _represent_intrinsic(dumper, tag, value):
    """Return the tagged node for an intrinsic, or None to keep the long form."""
    if tag == "!GetAtt":
        dotted = _dotted_getatt(value)
        if dotted is not None:
            return dumper.represent_scalar(tag, dotted)
        if isinstance(value, list):
            return dumper.represent_sequence(tag, value)
        # A tagged mapping or bare name would read back as something else
        return None
    if isinstance(value, str):
        # An empty tagged scalar is valid but easy to misread: quote it
        style = "|" if "\n" in value else ("'" if not value else None)
        return dumper.represent_scalar(tag, str(value), style=style)
    if isinstance(value, list):
        return dumper.represent_sequence(tag, value)
    if isinstance(value, dict):
        return dumper.represent_mapping(tag, value)

    # A tagged number, boolean or null would read back as a string
    return None


def _dotted_getatt(value):
    """Return "Target.Attr" for a GetAtt that reads back the same, else None."""
    if isinstance(value, str):
        target, dot, attribute = value.partition(".")
        return value if target and dot and attribute else None
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(part, str) and part for part in value)
        and "." not in value[0]
    ):
        return f"{value[0]}.{value[1]}"
    return None


_TemplateDumper.add_multi_representer(str, _represent_str)
_TemplateDumper.add_multi_representer(dict, _represent_dict)
_TemplateDumper.add_representer(str, _represent_str)
_TemplateDumper.add_representer(dict, _represent_dict)
