"""The design document: a CloudFormation template plus a canvas layout."""

from .document import (
    add_component,
    connections,
    from_template,
    new_document,
    remove_component,
    rename_component,
    to_template,
    update_component,
)
from .exceptions import (
    DuplicateLogicalId,
    InvalidAttribute,
    InvalidComponent,
    InvalidLogicalId,
    TemplateError,
    TemplateInvalid,
    TemplateParseError,
    UnknownComponent,
)
from .export import to_json, to_yaml
from .importer import import_template, parse_template
from .logical_ids import make_logical_id, validate_logical_id
from .references import Reference, find_references, rename_references

__all__ = [
    "DuplicateLogicalId",
    "InvalidAttribute",
    "InvalidComponent",
    "InvalidLogicalId",
    "Reference",
    "TemplateError",
    "TemplateInvalid",
    "TemplateParseError",
    "UnknownComponent",
    "add_component",
    "connections",
    "find_references",
    "from_template",
    "import_template",
    "make_logical_id",
    "new_document",
    "parse_template",
    "remove_component",
    "rename_component",
    "rename_references",
    "to_json",
    "to_template",
    "to_yaml",
    "update_component",
    "validate_logical_id",
]
