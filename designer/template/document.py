"""Build and edit design documents: a template plus a canvas layout.

Every function here mutates the document it is given and validates its
input first. Problems with the input are collected and raised once as a
TemplateInvalid whose ``errors`` are specific TemplateErrors, each with a
``path`` naming the field at fault ("logical_id", "attributes.DependsOn",
"position.x"), so the API layer can turn each into a field error. A missing
component is reported the same way, with the code "unknown_component".
"""

from __future__ import annotations

import copy
import logging
import math
import re

from .exceptions import (
    DuplicateLogicalId,
    InvalidAttribute,
    InvalidComponent,
    InvalidLogicalId,
    TemplateError,
    TemplateInvalid,
    UnknownComponent,
)
from .logical_ids import make_logical_id, validate_logical_id
from .references import (
    find_references,
    json_pointer,
    mentions,
    parse_pointer,
    rename_references,
)

logger = logging.getLogger(__name__)

FORMAT_VERSION = "2010-09-09"

ATTRIBUTES = (
    # A legacy key of custom resources that CloudFormation still accepts
    "Version",
    "Condition",
    "DependsOn",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "CreationPolicy",
    "UpdatePolicy",
    "Metadata",
)
DELETION_POLICIES = ("Delete", "Retain", "RetainExceptOnCreate", "Snapshot")

SECTION_ORDER = (
    "AWSTemplateFormatVersion",
    "Description",
    "Transform",
    "Metadata",
    "Parameters",
    "Rules",
    "Mappings",
    "Conditions",
    "Resources",
    "Outputs",
)

GRID_COLUMNS = 8
GRID_SPACING_X = 220.0
GRID_SPACING_Y = 160.0

_RESOURCE_TYPE = re.compile(
    r"[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+(::MODULE)?|Custom::[A-Za-z0-9_@-]{1,60}"
)
_UNSET = object()


# Creating


def new_document(description=None) -> dict:
    """Return an empty design document."""
    template = {"AWSTemplateFormatVersion": FORMAT_VERSION}
    if description is not None:
        template["Description"] = description
    return {"template": template, "components": {}}


def add_component(
    document,
    resource_type,
    *,
    logical_id=None,
    properties=None,
    attributes=None,
    position=None,
    parent=None,
) -> str:
    """Add a component to the design and return its logical ID."""
    components = document["components"]
    errors = []

    # Logical ID
    if logical_id is None:
        logical_id = make_logical_id(resource_type, _TakenNames(document))
    else:
        errors.extend(_check_new_logical_id(document, logical_id, "logical_id"))

    # Type and content
    errors.extend(_check_type(resource_type))
    properties = {} if properties is None else properties
    attributes = {} if attributes is None else attributes
    if position is None:
        position = _free_grid_position(components)
    errors.extend(_check_properties(properties))
    errors.extend(_check_attributes(attributes, components, logical_id))
    errors.extend(_check_position(position))
    if parent is not None:
        errors.extend(_check_parent(components, logical_id, parent))
    _raise_if(errors)

    # Store a copy, so the caller's objects never alias the document
    component = {
        "type": resource_type,
        "properties": copy.deepcopy(properties),
        "attributes": copy.deepcopy(attributes),
        "position": dict(position),
    }
    if parent is not None:
        component["parent"] = parent
    components[logical_id] = component
    logger.debug("Added component %s of type %s", logical_id, resource_type)
    return logical_id


# Editing


def update_component(
    document,
    logical_id,
    *,
    properties=None,
    attributes=None,
    position=None,
    parent=_UNSET,
) -> None:
    """Replace the given parts of a component; parent=None clears its parent."""
    components = document["components"]
    component = _get_component(components, logical_id)

    # Validate everything given
    errors = []
    if properties is not None:
        errors.extend(_check_properties(properties))
    if attributes is not None:
        errors.extend(_check_attributes(attributes, components, logical_id))
    if position is not None:
        errors.extend(_check_position(position))
    if parent is not _UNSET and parent is not None:
        errors.extend(_check_parent(components, logical_id, parent))
    _raise_if(errors)

    # Replace
    if properties is not None:
        component["properties"] = copy.deepcopy(properties)
    if attributes is not None:
        component["attributes"] = copy.deepcopy(attributes)
    if position is not None:
        component["position"] = dict(position)
    if parent is None:
        component.pop("parent", None)
    elif parent is not _UNSET:
        component["parent"] = parent
    logger.debug("Updated component %s", logical_id)


def rename_component(document, old, new) -> None:
    """Give a component a new logical ID, rewriting every reference to it."""
    components = document["components"]
    _get_component(components, old)
    if new == old:
        return
    _raise_if(_check_new_logical_id(document, new, "logical_id"))

    # Swap the key in place, keeping the component's place in the order
    items = [(new if key == old else key, value) for key, value in components.items()]
    components.clear()
    components.update(items)

    # References and grouping
    rename_references(document, old, new)
    for component in components.values():
        if component.get("parent") == old:
            component["parent"] = new
    logger.debug("Renamed component %s to %s", old, new)


def remove_component(document, logical_id) -> list[str]:
    """Remove a component and every reference to it; return the pointers removed.

    A reference in a list is removed with its innermost list item outside any
    intrinsic function; otherwise the top-level property or attribute entry
    goes. Containers left empty are dropped up to the property. The returned
    JSON Pointers name nodes of the document as it was before the removal.
    """
    components = document["components"]
    _get_component(components, logical_id)
    removed = [json_pointer(["components", logical_id])]

    # References from other components, latest first so indexes stay valid
    targets = []
    for reference in find_references(document):
        if reference.target == logical_id:
            tokens = parse_pointer(reference.path)
            targets.append(_removal_tokens(document, tokens))
    removed_tokens = []
    for tokens in reversed(_outermost(targets)):
        removed_tokens.append(_remove_at(document, tokens))
    removed.extend(json_pointer(tokens) for tokens in reversed(removed_tokens))

    # Outputs that mention it
    outputs = document["template"].get("Outputs")
    if isinstance(outputs, dict):
        for name in [
            name for name, value in outputs.items() if mentions(value, logical_id)
        ]:
            del outputs[name]
            removed.append(json_pointer(["template", "Outputs", name]))
        if not outputs:
            del document["template"]["Outputs"]

    # Grouping, then the component itself
    for child_id, child in components.items():
        if child.get("parent") == logical_id:
            del child["parent"]
            removed.append(json_pointer(["components", child_id, "parent"]))
    del components[logical_id]
    logger.debug("Removed component %s and %s references", logical_id, len(targets))
    return removed


def require_component(document, logical_id, *, path="logical_id") -> dict:
    """Return the component, raising unknown_component at path when absent."""
    try:
        return _get_component(document["components"], logical_id)
    except TemplateInvalid as error:
        for inner in error.errors:
            inner.path = path
        raise


def replace_components(document, components) -> None:
    """Replace every component at once, checking each as add_component would.

    Errors carry paths such as "components.Bucket.position.x". Nothing
    changes unless every component is valid.
    """
    if not isinstance(components, dict):
        raise TemplateInvalid(
            [InvalidComponent("Components must be a mapping.", path="components")]
        )
    trial = {"template": document["template"], "components": {}}
    errors = []
    parents = {}

    # Each component, its parent left until all exist
    for logical_id, component in components.items():
        prefix = f"components.{logical_id}"
        if not isinstance(component, dict):
            errors.append(InvalidComponent("A component is a mapping.", path=prefix))
            continue
        try:
            add_component(
                trial,
                component.get("type"),
                logical_id=logical_id,
                properties=component.get("properties"),
                position=component.get("position"),
            )
        except TemplateInvalid as error:
            errors.extend(_prefixed(error.errors, prefix))
            continue
        parents[logical_id] = component.get("parent")
        trial["components"][logical_id]["attributes"] = component.get("attributes")

    # Attributes and parents refer to other components
    for logical_id in parents:
        prefix = f"components.{logical_id}"
        attributes = trial["components"][logical_id].pop("attributes")
        trial["components"][logical_id]["attributes"] = {}
        try:
            update_component(
                trial,
                logical_id,
                attributes=attributes or {},
                parent=parents[logical_id],
            )
        except TemplateInvalid as error:
            errors.extend(_prefixed(error.errors, prefix))
    _raise_if(errors)
    document["components"] = trial["components"]


def replace_template_sections(document, sections) -> None:
    """Replace the template's sections other than Resources."""
    errors = []
    if not isinstance(sections, dict):
        raise TemplateInvalid(
            [TemplateError("The template is a mapping of sections.", path="template")]
        )
    if "Resources" in sections:
        errors.append(
            TemplateError(
                "Resources are the design's components, not a template section.",
                path="template.Resources",
            )
        )
    version = sections.get("AWSTemplateFormatVersion", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        errors.append(
            TemplateError(
                f"AWSTemplateFormatVersion can only be {FORMAT_VERSION!r}.",
                path="template.AWSTemplateFormatVersion",
            )
        )
    if not isinstance(sections.get("Description", ""), str):
        errors.append(
            TemplateError("Description is text.", path="template.Description")
        )
    for name in ("Parameters", "Mappings", "Conditions", "Outputs", "Rules"):
        if not isinstance(sections.get(name, {}), dict):
            errors.append(
                TemplateError(f"{name} is a mapping.", path=f"template.{name}")
            )
    _raise_if(errors)
    document["template"] = copy.deepcopy(sections)


def _prefixed(errors, prefix):
    for error in errors:
        error.path = f"{prefix}.{error.path}" if error.path else prefix
    return errors


def remove_reference(document, path) -> list[str]:
    """Remove the connection whose reference sits at path; return what went.

    path is a connection's JSON Pointer. The same unit goes as when the
    referenced component is removed: the innermost list item, or the
    property.
    """
    for reference in find_references(document):
        if reference.path == path:
            tokens = _removal_tokens(document, parse_pointer(path))
            return [json_pointer(_remove_at(document, tokens))]
    raise TemplateInvalid(
        [
            TemplateError(
                f"No connection has its reference at {path!r}.",
                code="unknown_connection",
                path="path",
            )
        ]
    )


def connections(document) -> list[dict]:
    """Return the design's connections as JSON-serialisable mappings."""
    return [reference.as_dict() for reference in find_references(document)]


# Converting to and from templates


def to_template(document) -> dict:
    """Return the CloudFormation template of a design, without its layout."""
    sections = document["template"]
    resources = {}
    for logical_id, component in document["components"].items():
        resource = {"Type": component["type"]}
        attributes = component.get("attributes") or {}
        for name in ATTRIBUTES:
            if name in attributes:
                resource[name] = copy.deepcopy(attributes[name])
        if component.get("properties"):
            resource["Properties"] = copy.deepcopy(component["properties"])
        resources[logical_id] = resource

    # Sections in canonical order, then any others in their own order
    template = {}
    for name in SECTION_ORDER:
        if name == "Resources":
            template[name] = resources
        elif name in sections:
            template[name] = copy.deepcopy(sections[name])
    for name, value in sections.items():
        if name not in template and name != "Resources":
            template[name] = copy.deepcopy(value)
    return template


def from_template(template, positions=None) -> dict:
    """Return a design document for a template, validating it first.

    Components without a position in positions are laid out on a grid.
    """
    if not isinstance(template, dict):
        raise TemplateInvalid(
            [TemplateError("A template must be a mapping of sections.", path="")]
        )
    errors = []
    resources = template.get("Resources")
    if not isinstance(resources, dict) or not resources:
        errors.append(
            TemplateError(
                "A template needs a non-empty Resources mapping.", path="Resources"
            )
        )
        resources = {}
    parameters = template.get("Parameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    positions = positions or {}

    # Resources
    components = {}
    for index, (logical_id, resource) in enumerate(resources.items()):
        path = f"Resources.{logical_id}"
        problems = _check_resource(logical_id, resource, path, parameters)
        errors.extend(problems)
        if problems:
            continue
        components[logical_id] = {
            "type": resource["Type"],
            "properties": copy.deepcopy(resource.get("Properties", {})),
            "attributes": {
                name: copy.deepcopy(value)
                for name, value in resource.items()
                if name in ATTRIBUTES
            },
            "position": _grid_position(index),
        }
    for logical_id, component in components.items():
        errors.extend(
            _check_attributes(
                component["attributes"],
                resources,
                logical_id,
                f"Resources.{logical_id}",
            )
        )

    # Positions given by the caller
    for logical_id, position in positions.items():
        if logical_id in components:
            problems = _check_position(position, f"positions.{logical_id}")
            errors.extend(problems)
            if not problems:
                components[logical_id]["position"] = dict(position)
    _raise_if(errors)

    sections = {
        name: copy.deepcopy(value)
        for name, value in template.items()
        if name != "Resources"
    }
    logger.debug("Imported a template with %s resources", len(components))
    return {"template": sections, "components": components}


# Validation helpers


class _TakenNames:
    """The names a new logical ID must avoid: components and parameters."""

    def __init__(self, document):
        self.components = document["components"]
        parameters = document["template"].get("Parameters")
        self.parameters = parameters if isinstance(parameters, dict) else {}

    def __contains__(self, name):
        return name in self.components or name in self.parameters


def _raise_if(errors) -> None:
    """Raise TemplateInvalid if any error was collected."""
    if errors:
        raise TemplateInvalid(errors)


def _get_component(components, logical_id) -> dict:
    """Return the component or raise TemplateInvalid naming it as unknown."""
    component = components.get(logical_id) if isinstance(logical_id, str) else None
    if component is None:
        raise TemplateInvalid(
            [
                UnknownComponent(
                    f"There is no component {logical_id!r}.", path="logical_id"
                )
            ]
        )
    return component


def _check_new_logical_id(document, logical_id, path) -> list[TemplateError]:
    """Return the problems with logical_id as the name of a new component."""
    try:
        validate_logical_id(logical_id, path=path)
    except InvalidLogicalId as error:
        return [error]
    if logical_id in _TakenNames(document):
        return [
            DuplicateLogicalId(
                f"The logical ID {logical_id!r} is already used by a component "
                "or a parameter.",
                path=path,
            )
        ]
    return []


def _check_type(resource_type) -> list[TemplateError]:
    """Return the problems with a component's resource type."""
    if isinstance(resource_type, str) and _RESOURCE_TYPE.fullmatch(resource_type):
        return []
    return [
        InvalidComponent(
            f"The type {resource_type!r} is not of the form "
            "'Vendor::Service::Resource' or 'Custom::Name'.",
            path="type",
        )
    ]


def _check_properties(properties, path="properties") -> list[TemplateError]:
    """Return the problems with a component's properties."""
    if not isinstance(properties, dict):
        return [InvalidComponent("Properties must be a mapping.", path=path)]
    bad = [key for key in properties if not isinstance(key, str) or not key]
    if bad:
        return [
            InvalidComponent("Property names must be non-empty strings.", path=path)
        ]
    return []


def _check_attributes(
    attributes, components, logical_id, prefix="attributes"
) -> list[TemplateError]:
    """Return the problems with a component's resource attributes."""
    if not isinstance(attributes, dict):
        return [InvalidAttribute("Attributes must be a mapping.", path=prefix)]
    errors = []
    for name, value in attributes.items():
        path = f"{prefix}.{name}"
        if name not in ATTRIBUTES:
            errors.append(
                InvalidAttribute(
                    f"{name!r} is not a resource attribute; use one of "
                    f"{', '.join(ATTRIBUTES)}.",
                    path=path,
                )
            )
        elif name == "DependsOn":
            errors.extend(_check_depends_on(value, components, logical_id, path))
        elif name == "Condition":
            # Whether the condition exists is for the linter to say
            if not isinstance(value, str):
                errors.append(
                    InvalidAttribute(
                        "Condition must be the name of a condition.", path=path
                    )
                )
        elif name in ("DeletionPolicy", "UpdateReplacePolicy"):
            if value not in DELETION_POLICIES and not isinstance(value, dict):
                errors.append(
                    InvalidAttribute(
                        f"{name} must be one of {', '.join(DELETION_POLICIES)}.",
                        path=path,
                    )
                )
        elif name == "Version":
            if not isinstance(value, (str, int, float)) or isinstance(value, bool):
                errors.append(InvalidAttribute("Version is text.", path=path))
        elif not isinstance(value, dict):
            errors.append(InvalidAttribute(f"{name} must be a mapping.", path=path))
    return errors


def _check_depends_on(value, components, logical_id, path) -> list[TemplateError]:
    """Return the problems with a DependsOn value: a name or a list of names."""
    if isinstance(value, str):
        entries = [(path, value)]
    elif isinstance(value, list):
        entries = [(f"{path}.{index}", item) for index, item in enumerate(value)]
    else:
        return [
            InvalidAttribute(
                "DependsOn must be a logical ID or a list of them.", path=path
            )
        ]
    errors = []
    for entry_path, target in entries:
        if not isinstance(target, str):
            errors.append(
                InvalidAttribute("DependsOn entries must be strings.", path=entry_path)
            )
        elif target == logical_id:
            errors.append(
                InvalidAttribute(
                    "A component cannot depend on itself.", path=entry_path
                )
            )
        elif target not in components:
            errors.append(
                UnknownComponent(
                    f"DependsOn names {target!r}, which is not a component.",
                    path=entry_path,
                )
            )
    return errors


def _check_position(position, prefix="position") -> list[TemplateError]:
    """Return the problems with a canvas position {"x": number, "y": number}."""
    if not isinstance(position, dict):
        return [InvalidComponent("Position must be a mapping of x and y.", path=prefix)]
    errors = []
    for axis in ("x", "y"):
        value = position.get(axis)
        if not _is_number(value):
            errors.append(
                InvalidComponent(
                    f"Position {axis} must be a finite number.", path=f"{prefix}.{axis}"
                )
            )
    for key in position:
        if key not in ("x", "y"):
            errors.append(
                InvalidComponent(
                    f"Position has no field {key!r}.", path=f"{prefix}.{key}"
                )
            )
    return errors


def _is_number(value) -> bool:
    """Return whether value is a finite int or float, and not a bool."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _check_parent(components, logical_id, parent) -> list[TemplateError]:
    """Return the problems with grouping logical_id under parent."""
    if parent == logical_id:
        return [
            InvalidComponent("A component cannot be its own parent.", path="parent")
        ]
    if not isinstance(parent, str) or parent not in components:
        return [
            InvalidComponent(
                f"The parent {parent!r} is not a component.", path="parent"
            )
        ]

    # Walk up from the parent: meeting logical_id would close a cycle
    seen = set()
    current = parent
    while current is not None and current not in seen:
        if current == logical_id:
            return [
                InvalidComponent(
                    f"Grouping under {parent!r} would make a cycle of parents.",
                    path="parent",
                )
            ]
        seen.add(current)
        current = components.get(current, {}).get("parent")
    return []


def _check_resource(logical_id, resource, path, parameters) -> list[TemplateError]:
    """Return the problems with one entry of a template's Resources."""
    errors = []
    try:
        validate_logical_id(logical_id, path=path)
    except InvalidLogicalId as error:
        errors.append(error)
    if logical_id in parameters:
        errors.append(
            DuplicateLogicalId(
                f"{logical_id!r} is both a parameter and a resource.", path=path
            )
        )
    if not isinstance(resource, dict):
        errors.append(InvalidComponent("A resource must be a mapping.", path=path))
        return errors

    if not isinstance(resource.get("Type"), str) or not resource["Type"]:
        errors.append(
            InvalidComponent("A resource needs a string Type.", path=f"{path}.Type")
        )
    if "Properties" in resource:
        errors.extend(_check_properties(resource["Properties"], f"{path}.Properties"))
    for key in resource:
        if key not in ATTRIBUTES and key not in ("Type", "Properties"):
            errors.append(
                InvalidAttribute(
                    f"{key!r} is not a key CloudFormation allows in a resource.",
                    path=f"{path}.{key}",
                )
            )
    return errors


def _grid_position(index) -> dict:
    """Return the index-th cell of the default layout grid."""
    row, column = divmod(index, GRID_COLUMNS)
    return {"x": column * GRID_SPACING_X, "y": row * GRID_SPACING_Y}


def _free_grid_position(components) -> dict:
    """Return the first grid cell no component sits on, for unplaced ones."""
    taken = {
        (component["position"].get("x"), component["position"].get("y"))
        for component in components.values()
        if isinstance(component.get("position"), dict)
    }
    index = 0
    while True:
        cell = _grid_position(index)
        if (cell["x"], cell["y"]) not in taken:
            return cell
        index += 1


# Removal helpers


def _removal_tokens(document, tokens) -> list:
    """Return the tokens of the node to remove to drop the reference at tokens.

    The tokens run components, ID, "properties" or "attributes", name, ...
    """
    node = document
    resolved = []
    cut = 4
    for depth, token in enumerate(tokens):
        if isinstance(node, list):
            token = int(token)
            if depth >= 4:
                cut = depth + 1
        elif depth >= 4 and _is_intrinsic(node):
            break
        elif depth == 4 and tokens[2] == "attributes":
            # Inside an attribute's mapping, an entry is the unit to remove
            cut = 5
        resolved.append(token)
        node = node[token]
    return resolved[:cut]


def _is_intrinsic(node) -> bool:
    """Return whether node is a single-key intrinsic function call."""
    if not isinstance(node, dict) or len(node) != 1:
        return False
    key = next(iter(node))
    return key in ("Ref", "Condition") or key.startswith("Fn::")


def _outermost(targets) -> list[list]:
    """Return the targets in order, dropping duplicates and those inside others."""
    kept = []
    seen = set()
    for tokens in targets:
        key = tuple(tokens)
        if key in seen:
            continue
        if any(key[:length] in seen for length in range(len(key))):
            continue
        seen.add(key)
        kept.append(tokens)
    return kept


def _remove_at(document, tokens) -> list:
    """Remove the node at tokens, then any container it leaves empty.

    Pruning stops at a property or an attribute, which goes if left empty;
    the properties mapping itself may end up empty. Return the tokens of the
    outermost node removed.
    """
    while True:
        parent = document
        for token in tokens[:-1]:
            parent = parent[token]
        del parent[tokens[-1]]
        if len(tokens) <= 4 or parent:
            return tokens
        tokens = tokens[:-1]
