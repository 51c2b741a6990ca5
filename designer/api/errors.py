"""One shape for every API error: {"code", "message", "errors": [...]}.

Each entry of "errors" names the field (a dotted path such as
"properties.Engine" or "position.x"), a stable code and the reason.
"""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404, JsonResponse
from django.views.defaults import bad_request as page_bad_request
from django.views.defaults import page_not_found
from django.views.defaults import server_error as page_server_error
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from designer.exceptions import DesignerError
from designer.template.exceptions import TemplateError, TemplateInvalid

logger = logging.getLogger(__name__)


def exception_handler(exc, context):
    """Turn domain and DRF errors into the API's error body."""
    if isinstance(exc, DesignerError):
        return Response(exc.as_dict(), status=exc.status_code)
    if isinstance(exc, TemplateError):
        body = template_error_body(exc)
        # The component named in the URL is missing: that is a 404.
        missing = body["errors"] and all(
            e["code"] == "unknown_component" and e["field"] == "logical_id"
            for e in body["errors"]
        )
        code = status.HTTP_404_NOT_FOUND if missing else status.HTTP_400_BAD_REQUEST
        return Response(body, status=code)

    if isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or None)
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = list(_flatten(exc.detail))
        response.data = {
            "code": "invalid",
            "message": "; ".join(
                f"{e['field']}: {e['message']}" if e["field"] else e["message"]
                for e in errors
            ),
            "errors": errors,
        }
    elif isinstance(exc, exceptions.APIException):
        codes = exc.get_codes()
        code = codes if isinstance(codes, str) else "error"
        response.data = {
            "code": code,
            "message": str(exc.detail),
            "errors": [{"field": "", "code": code, "message": str(exc.detail)}],
        }
    return response


def not_found(request, exception):
    """Answer an unknown URL: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"code": "not_found", "message": f"No API endpoint at {request.path}."},
            status=404,
        )
    return page_not_found(request, exception)


def bad_request(request, exception):
    """Answer a refused request (a body too big): JSON under /api/."""
    if request.path.startswith("/api/"):
        message = (
            "The request is too big: "
            f"bodies are limited to {settings.DATA_UPLOAD_MAX_MEMORY_SIZE:,} bytes."
            if isinstance(exception, RequestDataTooBig)
            else "The request could not be read."
        )
        return JsonResponse(
            {
                "code": "bad_request",
                "message": message,
                "errors": [{"field": "", "code": "bad_request", "message": message}],
            },
            status=400,
        )
    return page_bad_request(request, exception)


def server_error(request):
    """Answer a crash: JSON under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(
            {
                "code": "server_error",
                "message": "Something went wrong on the server; it has been logged.",
            },
            status=500,
        )
    return page_server_error(request)


def template_error_body(exc):
    """Return the error body of a template error, listing each one it holds."""
    inner = exc.errors if isinstance(exc, TemplateInvalid) else [exc]
    errors = []
    for error in inner:
        entry = {"field": error.path or "", "code": error.code, "message": str(error)}
        for key in ("line", "column"):
            if getattr(error, key, None) is not None:
                entry[key] = getattr(error, key)
        errors.append(entry)
    message = "; ".join(e["message"] for e in errors) if errors else str(exc)
    return {"code": exc.code, "message": message, "errors": errors}


def _flatten(detail, prefix=""):
    """Yield {"field", "code", "message"} for each leaf of DRF's error detail."""
    if isinstance(detail, dict):
        for key, value in detail.items():
            if key == "non_field_errors":
                yield from _flatten(value, prefix)
            else:
                yield from _flatten(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, (dict, list)):
                yield from _flatten(value, f"{prefix}.{index}")
            else:
                yield from _flatten(value, prefix)
    else:
        yield {
            "field": prefix,
            "code": getattr(detail, "code", "invalid"),
            "message": str(detail),
        }
