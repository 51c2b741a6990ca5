"""Read CloudFormation templates with cfn-lint's decoder."""

from __future__ import annotations

import datetime
import logging

from cfnlint.decode import decode_str

from .document import from_template
from .exceptions import TemplateParseError
from .export import foreign_tag

logger = logging.getLogger(__name__)

# CloudFormation's own limit for a template (uploaded through S3).
MAX_TEMPLATE_BYTES = 1_000_000

# Values a template may hold once YAML aliases are expanded. A 1 MB template
# written out holds far fewer; an alias bomb holds billions.
MAX_VALUES = 2_000_000


def parse_template(text, filename="template.yaml") -> dict:
    """Return the template in text, YAML or JSON, as plain Python data."""
    size = len(text.encode("utf-8"))
    if size > MAX_TEMPLATE_BYTES:
        raise TemplateParseError(
            f"{filename}: {size:,} bytes is over the limit of "
            f"{MAX_TEMPLATE_BYTES:,} bytes (CloudFormation's own for a template).",
            code="too_large",
        )
    try:
        template, matches = decode_str(text)
    except RecursionError:
        raise TemplateParseError(
            f"{filename}: the template nests too deeply to read.", code="too_deep"
        ) from None
    if matches:
        first = matches[0]
        line = first.linenumber or None
        column = first.columnnumber or None
        logger.debug("Could not decode %s at line %s", filename, line)
        raise TemplateParseError(
            f"{filename}: {first.message}", line=line, column=column
        )
    if not isinstance(template, dict):
        raise TemplateParseError(
            f"{filename}: a template must be a mapping of sections.", line=1, column=1
        )
    return _plain(template, filename)


def import_template(text) -> dict:
    """Return the design document of a template given as text."""
    return from_template(parse_template(text))


def _plain(root, filename):
    """Return root with cfn-lint's node classes turned into built-in types.

    Iterative, and bounded in the number of values: YAML aliases share one
    node many times over, and expanding them must not exhaust memory.
    """
    budget = MAX_VALUES
    result = [None]
    stack = [(root, result, 0)]
    while stack:
        node, holder, slot = stack.pop()
        budget -= 1
        if budget < 0:
            raise TemplateParseError(
                f"{filename}: the template expands to more than {MAX_VALUES:,} "
                "values; YAML aliases that repeat each other are refused.",
                code="too_large",
            )
        if isinstance(node, dict):
            plain = {}
            for key, value in node.items():
                plain[_plain_key(key)] = None
                stack.append((value, plain, _plain_key(key)))
        elif isinstance(node, list):
            plain = [None] * len(node)
            stack.extend((item, plain, index) for index, item in enumerate(node))
        else:
            plain = _plain_scalar(node, filename)
        holder[slot] = plain
    return result[0]


def _plain_scalar(node, filename):
    if isinstance(node, str):
        return str(node)
    if node is None or isinstance(node, (bool, int, float)):
        return node
    if isinstance(node, (datetime.date, datetime.datetime)):
        # An unquoted 2010-09-09 is a YAML timestamp; templates mean the text
        return node.isoformat()
    raise TemplateParseError(
        f"{filename}: values of type {type(node).__name__} are not supported."
    )


def _plain_key(key):
    """Return a mapping key as a string, as JSON requires."""
    if isinstance(key, str):
        return str(key)
    if isinstance(key, (datetime.date, datetime.datetime)):
        return key.isoformat()
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def foreign_tags(template) -> list[dict]:
    """Return where the template uses tags CloudFormation does not know.

    They are kept exactly as written; a preprocessor (such as Rain) must run
    before CloudFormation sees the template.
    """
    found = []
    stack = [(template, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                tag = foreign_tag(key) if len(node) == 1 else None
                if tag:
                    found.append({"tag": tag, "path": path or "/"})
                stack.append((value, f"{path}/{key}"))
        elif isinstance(node, list):
            stack.extend((item, f"{path}/{index}") for index, item in enumerate(node))
    return sorted(found, key=lambda item: item["path"])
