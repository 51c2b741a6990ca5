"""Read CloudFormation templates with cfn-lint's decoder."""

from __future__ import annotations

import datetime
import logging

from cfnlint.decode import decode_str

from .document import from_template
from .exceptions import TemplateParseError

logger = logging.getLogger(__name__)


def parse_template(text, filename="template.yaml") -> dict:
    """Return the template in text, YAML or JSON, as plain Python data."""
    template, matches = decode_str(text)
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


def _plain(node, filename):
    """Return node with cfn-lint's node classes turned into built-in types."""
    if isinstance(node, dict):
        return {_plain_key(key): _plain(value, filename) for key, value in node.items()}
    if isinstance(node, list):
        return [_plain(item, filename) for item in node]
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
