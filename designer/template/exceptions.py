"""Errors raised while building, editing and importing design documents."""

from __future__ import annotations


class TemplateError(Exception):
    """Raised when a design document or a template is not valid."""

    code = "invalid_template"

    def __init__(self, message, *, code=None, path=None, line=None, column=None):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.path = path
        self.line = line
        self.column = column

    def as_dict(self):
        """Return the error as a JSON-serialisable mapping."""
        data = {"code": self.code, "message": self.message}
        for name in ("path", "line", "column"):
            value = getattr(self, name)
            if value is not None:
                data[name] = value
        return data


class InvalidLogicalId(TemplateError):
    """Raised when a logical ID breaks CloudFormation's naming rules."""

    code = "invalid_logical_id"


class DuplicateLogicalId(TemplateError):
    """Raised when a logical ID is already used by a component or parameter."""

    code = "duplicate_logical_id"


class UnknownComponent(TemplateError):
    """Raised when a logical ID names no component of the design."""

    code = "unknown_component"


class InvalidAttribute(TemplateError):
    """Raised when a resource attribute is unknown or has a bad value."""

    code = "invalid_attribute"


class InvalidComponent(TemplateError):
    """Raised when a component's type, properties, position or parent is bad."""

    code = "invalid_component"


class TemplateParseError(TemplateError):
    """Raised when template text cannot be decoded as YAML or JSON."""

    code = "parse_error"


class TemplateInvalid(TemplateError):
    """Raised once with every problem found, each a TemplateError."""

    code = "invalid_template"

    def __init__(self, errors, message=None):
        errors = list(errors)
        assert errors, "TemplateInvalid needs at least one error to report."
        if message is None:
            count = len(errors)
            message = errors[0].message if count == 1 else f"{count} problems found."
        super().__init__(message)
        self.errors = errors

    def as_dict(self):
        """Return the error and every collected error as a mapping."""
        data = super().as_dict()
        data["errors"] = [error.as_dict() for error in self.errors]
        return data
