from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView

from designer import views

urlpatterns = [
    path("", views.design_list, name="design-list"),
    path("designs/<int:pk>/", views.design_editor, name="design-editor"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="registration/login.html"),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/", include("designer.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="docs"),
    path("admin/", admin.site.urls),
]

# JSON errors under /api/, Django's pages elsewhere.
handler400 = "designer.api.errors.bad_request"
handler404 = "designer.api.errors.not_found"
handler500 = "designer.api.errors.server_error"
