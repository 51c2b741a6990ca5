"""Catalog endpoints: the AWS resource types from cfn-lint's schemas."""

from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from relationships.catalog import get_catalog, starter_properties

SEARCH_LIMIT_MAX = 200


class TypeSummarySerializer(serializers.Serializer):
    type = serializers.CharField()
    service = serializers.CharField()
    description = serializers.CharField()
    featured = serializers.BooleanField()
    colour = serializers.CharField()


class TypeListSerializer(serializers.Serializer):
    results = TypeSummarySerializer(many=True)


class TypeListView(APIView):
    @extend_schema(
        operation_id="catalog_types_list",
        parameters=[
            OpenApiParameter("search", str, description="Part of a type's name."),
            OpenApiParameter("limit", int, description="At most this many (50)."),
        ],
        responses=TypeListSerializer,
    )
    def get(self, request):
        """Search the resource types, featured ones first."""
        text = request.query_params.get("search", "")
        limit = request.query_params.get("limit", "50")
        if not limit.isdigit() or not 1 <= int(limit) <= SEARCH_LIMIT_MAX:
            raise ValidationError(
                {"limit": [f"A whole number from 1 to {SEARCH_LIMIT_MAX}."]}
            )
        found = get_catalog().search(text, limit=int(limit))
        return Response({"results": [resource.summary() for resource in found]})


class TypeDetailView(APIView):
    @extend_schema(responses=dict)
    def get(self, request, type_name):
        """Return one resource type: properties, formats, attributes."""
        resource = get_catalog().get(type_name)
        if resource is None:
            raise Http404(f"{type_name} is not a resource type in the catalog.")
        body = resource.as_dict()
        body["starter_properties"] = starter_properties(type_name)
        return Response(body)
