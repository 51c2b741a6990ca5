"""ASGI entry point: HTTP through Django, WebSockets through Channels."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "designer.settings")

# Django must be set up before the consumers' imports touch models.
django_asgi_app = get_asgi_application()

from channels.auth import AuthMiddlewareStack  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402
from django.contrib.staticfiles.handlers import ASGIStaticFilesHandler  # noqa: E402

from designer.routing import websocket_urlpatterns  # noqa: E402
from designer.warm_up import warm_up_in_background  # noqa: E402

# The catalog and cfn-lint's rules take seconds to load: load them while the
# first page is still being requested, not when the palette asks.
warm_up_in_background()

application = ProtocolTypeRouter(
    {
        # Daphne serves no static files of its own; Django's handler does.
        "http": ASGIStaticFilesHandler(django_asgi_app),
        "websocket": AllowedHostsOriginValidator(
            AuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)
