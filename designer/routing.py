from django.urls import path

from designer.consumers import DesignConsumer

websocket_urlpatterns = [
    path("ws/designs/<int:pk>/", DesignConsumer.as_asgi()),
]
