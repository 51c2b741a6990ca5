from django.urls import path

from designer.api import catalog, views

urlpatterns = [
    path("catalog/types/", catalog.TypeListView.as_view(), name="catalog-types"),
    path(
        "catalog/types/<str:type_name>/",
        catalog.TypeDetailView.as_view(),
        name="catalog-type",
    ),
    path("designs/", views.DesignListView.as_view(), name="design-list-api"),
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
    path(
        "designs/<int:design_id>/export/", views.ExportView.as_view(), name="export-api"
    ),
    path(
        "designs/<int:design_id>/validate/",
        views.ValidateView.as_view(),
        name="validate-api",
    ),
]
