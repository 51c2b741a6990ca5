"""REST endpoints: designs, their components, connections, export, validation."""

import logging

from django.http import Http404, HttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.response import Response
from rest_framework.views import APIView

from designer import actions
from designer.api import serializers as s
from designer.api.parsers import BoundedJSONParser
from designer.exceptions import LayoutFailed
from designer.layout import LayoutError
from designer.layout.diagram import FORMATS as DIAGRAM_FORMATS
from designer.layout.diagram import render_diagram
from designer.models import Design
from designer.template.document import new_document, to_template
from designer.template.exceptions import TemplateParseError
from designer.template.export import to_json, to_yaml
from designer.template.importer import MAX_TEMPLATE_BYTES
from designer.template.validation import quota_findings, validate_template

logger = logging.getLogger(__name__)


def _valid(serializer_class, request):
    serializer = serializer_class(data=request.data)
    serializer.is_valid(raise_exception=True)
    return serializer.validated_data


class DesignMixin:
    """Find the design in the URL among the requester's own."""

    def get_design(self, design_id):
        try:
            return Design.objects.get(pk=design_id, owner=self.request.user)
        except Design.DoesNotExist:
            raise Http404("No such design.") from None


class DesignListView(APIView):
    @extend_schema(responses=s.DesignSummarySerializer(many=True))
    def get(self, request):
        """List your designs, most recently changed first."""
        designs = Design.objects.filter(owner=request.user).defer("document_json")
        return Response([s.design_summary(design) for design in designs])

    @extend_schema(
        request=s.DesignCreateSerializer, responses={201: s.DesignDetailSerializer}
    )
    def post(self, request):
        """Create an empty design."""
        data = _valid(s.DesignCreateSerializer, request)
        document = new_document(description=data.get("description") or None)
        design = actions.do_create_design(request.user, data["name"], document=document)
        return Response(s.design_detail(design), status=status.HTTP_201_CREATED)


class DesignImportView(APIView):
    parser_classes = [BoundedJSONParser, MultiPartParser, FormParser]

    @extend_schema(
        request=s.DesignImportSerializer, responses={201: s.ImportResultSerializer}
    )
    def post(self, request):
        """Create a design from a CloudFormation template (text or file)."""
        data = _valid(s.DesignImportSerializer, request)
        if "file" in data:
            upload = data["file"]
            if upload.size > MAX_TEMPLATE_BYTES:
                raise ValidationError(
                    {
                        "file": [
                            f"{upload.size:,} bytes is over the limit of "
                            f"{MAX_TEMPLATE_BYTES:,} bytes."
                        ]
                    }
                )
            filename = upload.name
            try:
                text = upload.read().decode("utf-8")
            except UnicodeDecodeError:
                raise ValidationError({"file": ["A template is UTF-8 text."]}) from None
        else:
            text, filename = data["template"], "template.yaml"
        try:
            design, warnings = actions.do_import_design(
                request.user, data.get("name", ""), text, filename=filename
            )
        except TemplateParseError as error:
            # Reading failed as a whole: the field is the one that held it.
            error.path = error.path or ("file" if "file" in data else "template")
            raise
        body = {"design": s.design_detail(design), "warnings": warnings}
        return Response(body, status=status.HTTP_201_CREATED)


class DesignDetailView(DesignMixin, APIView):
    @extend_schema(responses=s.DesignDetailSerializer)
    def get(self, request, design_id):
        """Return the whole design: template sections, components, connections."""
        return Response(s.design_detail(self.get_design(design_id)))

    @extend_schema(request=s.DesignUpdateSerializer, responses=s.DesignDetailSerializer)
    def patch(self, request, design_id):
        """Rename the design, or replace its template sections or its components."""
        design = self.get_design(design_id)
        data = _valid(s.DesignUpdateSerializer, request)
        design = actions.do_update_design(
            design,
            request.user,
            name=data.get("name"),
            template=data.get("template"),
            components=data.get("components"),
            expected_version=data.get("version"),
        )
        return Response(s.design_detail(design))

    @extend_schema(responses={204: None})
    def delete(self, request, design_id):
        """Delete the design."""
        actions.do_delete_design(self.get_design(design_id), request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ComponentListView(DesignMixin, APIView):
    @extend_schema(
        request=s.ComponentCreateSerializer,
        responses={201: s.ComponentChangeSerializer},
    )
    def post(self, request, design_id):
        """Add a component; a featured type starts with valid properties."""
        design = self.get_design(design_id)
        data = _valid(s.ComponentCreateSerializer, request)
        design, logical_id = actions.do_add_component(
            design,
            request.user,
            data["type"],
            logical_id=data.get("logical_id"),
            properties=data.get("properties"),
            attributes=data.get("attributes"),
            position=data.get("position"),
            parent=data.get("parent"),
            expected_version=data.get("version"),
        )
        body = {"logical_id": logical_id, "design": s.design_detail(design)}
        return Response(body, status=status.HTTP_201_CREATED)


class ComponentDetailView(DesignMixin, APIView):
    @extend_schema(
        request=s.ComponentUpdateSerializer, responses=s.ComponentChangeSerializer
    )
    def patch(self, request, design_id, logical_id):
        """Change a component's properties, attributes or position, or rename it."""
        design = self.get_design(design_id)
        data = _valid(s.ComponentUpdateSerializer, request)
        changes = {}
        if "parent" in data:
            changes["parent"] = data["parent"]
        design, logical_id = actions.do_update_component(
            design,
            request.user,
            logical_id,
            new_logical_id=data.get("logical_id"),
            properties=data.get("properties"),
            attributes=data.get("attributes"),
            position=data.get("position"),
            expected_version=data.get("version"),
            **changes,
        )
        return Response({"logical_id": logical_id, "design": s.design_detail(design)})

    @extend_schema(responses=s.ComponentRemovedSerializer)
    def delete(self, request, design_id, logical_id):
        """Remove a component and every reference to it."""
        design = self.get_design(design_id)
        version = request.query_params.get("version")
        design, removed = actions.do_remove_component(
            design,
            request.user,
            logical_id,
            expected_version=_version_param(version),
        )
        return Response({"design": s.design_detail(design), "removed": removed})


class ConnectView(DesignMixin, APIView):
    @extend_schema(request=s.ConnectSerializer, responses=s.ConnectResultSerializer)
    def post(self, request, design_id):
        """Write the reference a line drawn between two components means."""
        design = self.get_design(design_id)
        data = _valid(s.ConnectSerializer, request)
        design, connection = actions.do_connect(
            design,
            request.user,
            data["source"],
            data["target"],
            choice=data.get("choice"),
            expected_version=data.get("version"),
        )
        return Response({"design": s.design_detail(design), "connection": connection})


class DisconnectView(DesignMixin, APIView):
    @extend_schema(
        request=s.DisconnectSerializer, responses=s.ComponentRemovedSerializer
    )
    def post(self, request, design_id):
        """Remove the reference behind one connection."""
        design = self.get_design(design_id)
        data = _valid(s.DisconnectSerializer, request)
        design, removed = actions.do_disconnect(
            design, request.user, data["path"], expected_version=data.get("version")
        )
        return Response({"design": s.design_detail(design), "removed": removed})


class TidyUpView(DesignMixin, APIView):
    @extend_schema(request=s.VersionedSerializer, responses=s.DesignDetailSerializer)
    def post(self, request, design_id):
        """Lay the components out again with Graphviz, left to right."""
        design = self.get_design(design_id)
        data = _valid(s.VersionedSerializer, request)
        design = actions.do_tidy_up(
            design, request.user, expected_version=data.get("version")
        )
        return Response(s.design_detail(design))


EXPORT_FORMATS = {
    "yaml": (to_yaml, "application/yaml", "yaml"),
    "json": (to_json, "application/json", "json"),
}


class ExportView(DesignMixin, APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("format", enum=list(EXPORT_FORMATS), default="yaml")
        ],
        responses={(200, "application/yaml"): OpenApiTypes.STR},
    )
    def get(self, request, design_id):
        """Return the design as a CloudFormation template, YAML or JSON."""
        design = self.get_design(design_id)
        name = request.query_params.get("format", "yaml")
        if name not in EXPORT_FORMATS:
            raise ValidationError(
                {"format": [f"{name!r} is not a format: use yaml or json."]}
            )
        dump, content_type, extension = EXPORT_FORMATS[name]
        template = to_template(design.document)
        response = HttpResponse(dump(template), content_type=content_type)
        filename = f"design-{design.pk}.{extension}"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        # The text stays a plain template; what stops it deploying is said
        # beside it, where a script can read it.
        for finding in quota_findings(template):
            response["X-Template-Warning"] = finding.message
        return response


class DiagramView(DesignMixin, APIView):
    @extend_schema(
        parameters=[
            OpenApiParameter("format", enum=list(DIAGRAM_FORMATS), default="svg")
        ],
        responses={(200, "image/svg+xml"): OpenApiTypes.BINARY},
    )
    def get(self, request, design_id):
        """Return the design drawn by Graphviz, as SVG, PNG or PDF."""
        design = self.get_design(design_id)
        name = request.query_params.get("format", "svg")
        if name not in DIAGRAM_FORMATS:
            raise ValidationError(
                {"format": [f"{name!r} is not a format: use svg, png or pdf."]}
            )
        try:
            body = render_diagram(design.name, design.document, name)
        except LayoutError as error:
            raise LayoutFailed(str(error)) from error
        response = HttpResponse(body, content_type=DIAGRAM_FORMATS[name])
        filename = f"design-{design.pk}.{name}"
        response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response


class ValidateView(DesignMixin, APIView):
    @extend_schema(responses=s.FindingsSerializer)
    def get(self, request, design_id):
        """Return cfn-lint's findings on the exported template."""
        design = self.get_design(design_id)
        findings = validate_template(to_template(design.document))
        return Response({"findings": [finding.as_dict() for finding in findings]})


def _version_param(value):
    if value in (None, ""):
        return None
    try:
        return int(value)
    except ValueError:
        raise ValidationError({"version": ["A version is a whole number."]}) from None
