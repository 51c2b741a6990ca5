"""Errors of the designer's actions layer, each carrying a stable code."""


class DesignerError(Exception):
    """Raised when an action cannot be carried out as asked."""

    code = "invalid"
    status_code = 400

    def __init__(self, message, *, field=None, **data):
        super().__init__(message)
        self.message = message
        self.field = field
        self.data = data

    def as_dict(self):
        body = {
            "code": self.code,
            "message": self.message,
            "errors": [
                {"field": self.field or "", "code": self.code, "message": self.message}
            ],
        }
        body.update(self.data)
        return body


class VersionConflict(DesignerError):
    """Raised when a change names a version that is no longer the current one."""

    code = "version_conflict"
    status_code = 409


class UnknownResourceType(DesignerError):
    """Raised when a component's type is not in the catalog."""

    code = "unknown_resource_type"


class ChoiceNeeded(DesignerError):
    """Raised when a connection has several meanings and none was chosen."""

    code = "choice_needed"
    status_code = 409


class NoRelationship(DesignerError):
    """Raised when nothing in the source can reference the target."""

    code = "no_relationship"


class UnknownSuggestion(DesignerError):
    """Raised when a suggestion id names nothing the design suggests now."""

    code = "unknown_suggestion"
    status_code = 404


class LayoutFailed(DesignerError):
    """Raised when Graphviz cannot lay a design out."""

    code = "layout_failed"
    status_code = 503
