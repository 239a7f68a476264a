# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "miragesrv.settings")

from django.core.asgi import get_asgi_application  # noqa: E402

django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from channels.security.websocket import AllowedHostsOriginValidator  # noqa: E402

from . import routing  # noqa: E402

application = ProtocolTypeRouter({
    "http": django_asgi_app,
    # As Channels deployments do: a handshake without a matching Origin gets HTTP 403.
    "websocket": AllowedHostsOriginValidator(URLRouter(routing.websocket_urlpatterns)),
})
