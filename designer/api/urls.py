from django.urls import path

from designer.api import catalog, suggestions, views

urlpatterns = [
    path("catalog/types/", catalog.TypeListView.as_view(), name="catalog-types"),
    path(
        "catalog/types/<str:type_name>/",
        catalog.TypeDetailView.as_view(),
        name="catalog-type",
    ),
    path("designs/", views.DesignListView.as_view(), name="design-list-api"),
    path("designs/import/", views.DesignImportView.as_view(), name="design-import-api"),
    path(
        "designs/<int:design_id>/", views.DesignDetailView.as_view(), name="design-api"
    ),
    path(
        "designs/<int:design_id>/components/",
        views.ComponentListView.as_view(),
        name="component-list-api",
    ),
    path(
        "designs/<int:design_id>/components/<str:logical_id>/",
        views.ComponentDetailView.as_view(),
        name="component-api",
    ),
    path(
        "designs/<int:design_id>/connect/",
        views.ConnectView.as_view(),
        name="connect-api",
    ),
    path("designs/<int:design_id>/tidy/", views.TidyUpView.as_view(), name="tidy-api"),
    path(
        "designs/<int:design_id>/diagram/",
        views.DiagramView.as_view(),
        name="diagram-api",
    ),
    path(
        "designs/<int:design_id>/disconnect/",
        views.DisconnectView.as_view(),
        name="disconnect-api",
    ),
    path(
        "designs/<int:design_id>/export/", views.ExportView.as_view(), name="export-api"
    ),
    path(
        "designs/<int:design_id>/validate/",
        views.ValidateView.as_view(),
        name="validate-api",
    ),
    path(
        "designs/<int:design_id>/suggestions/",
        suggestions.SuggestionListView.as_view(),
        name="suggestion-list-api",
    ),
    path(
        "designs/<int:design_id>/suggestions/<str:suggestion_id>/preview/",
        suggestions.SuggestionPreviewView.as_view(),
        name="suggestion-preview-api",
    ),
    path(
        "designs/<int:design_id>/suggestions/<str:suggestion_id>/accept/",
        suggestions.SuggestionAcceptView.as_view(),
        name="suggestion-accept-api",
    ),
    path(
        "designs/<int:design_id>/suggestions/<str:suggestion_id>/dismiss/",
        suggestions.SuggestionDismissView.as_view(),
        name="suggestion-dismiss-api",
    ),
]
