"""Suggestion endpoints: list, preview, accept, dismiss."""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response
from rest_framework.views import APIView

from designer import actions
from designer.api import serializers as s
from designer.api.views import DesignMixin, _valid
from designer.suggestions import (
    describe,
    find_suggestion,
    operations_of,
    preview_diff,
    suggestions_for,
)


class ChoiceSerializer(serializers.Serializer):
    id = serializers.CharField()
    title = serializers.CharField()
    explanation = serializers.CharField()
    patch = serializers.ListField(child=serializers.DictField())


class SuggestionSerializer(serializers.Serializer):
    id = serializers.CharField(help_text="Stable across calls for one finding.")
    kind = serializers.ChoiceField(["bind", "create", "fix", "warn"])
    severity = serializers.CharField()
    rule = serializers.CharField()
    title = serializers.CharField()
    explanation = serializers.CharField()
    docs = serializers.ListField(child=serializers.URLField())
    components = serializers.ListField(child=serializers.CharField())
    patch = serializers.ListField(
        child=serializers.DictField(), help_text="RFC 6902 operations."
    )
    choices = ChoiceSerializer(many=True, required=False)
    ghost = serializers.DictField(
        help_text="Components and connections accepting would add."
    )


class SuggestionListSerializer(serializers.Serializer):
    version = serializers.IntegerField()
    suggestions = SuggestionSerializer(many=True)


class AcceptSerializer(s.VersionedSerializer):
    choice = serializers.CharField(required=False)


class PreviewSerializer(serializers.Serializer):
    diff = serializers.CharField(help_text="Unified diff of the YAML export.")


class SuggestionListView(DesignMixin, APIView):
    @extend_schema(responses=SuggestionListSerializer)
    def get(self, request, design_id):
        """Return the relationship engine's suggestions for the design."""
        design = self.get_design(design_id)
        document = design.document
        found = suggestions_for(design, document)
        return Response(
            {
                "version": design.version,
                "suggestions": [describe(item, document) for item in found],
            }
        )


class SuggestionPreviewView(DesignMixin, APIView):
    @extend_schema(
        parameters=[OpenApiParameter("choice", str, description="A choice's id.")],
        responses=PreviewSerializer,
    )
    def get(self, request, design_id, suggestion_id):
        """Return the template diff that accepting a suggestion would make."""
        design = self.get_design(design_id)
        document = design.document
        suggestion = find_suggestion(design, suggestion_id, document)
        choice = request.query_params.get("choice")
        if suggestion.choices and choice is None:
            choice = suggestion.choices[0].id
        operations = operations_of(suggestion, choice)
        return Response({"diff": preview_diff(document, operations)})


class SuggestionAcceptView(DesignMixin, APIView):
    @extend_schema(request=AcceptSerializer, responses=s.DesignDetailSerializer)
    def post(self, request, design_id, suggestion_id):
        """Apply a suggestion (the chosen one of its choices) to the design."""
        design = self.get_design(design_id)
        data = _valid(AcceptSerializer, request)
        design = actions.do_accept_suggestion(
            design,
            request.user,
            suggestion_id,
            choice=data.get("choice"),
            expected_version=data.get("version"),
        )
        return Response(s.design_detail(design))


class SuggestionDismissView(DesignMixin, APIView):
    @extend_schema(request=None, responses={204: None})
    def post(self, request, design_id, suggestion_id):
        """Never suggest this again for the design."""
        design = self.get_design(design_id)
        actions.do_dismiss_suggestion(design, request.user, suggestion_id)
        return Response(status=status.HTTP_204_NO_CONTENT)
