# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
from django.urls import re_path

from .consumers import ActivityConsumer

websocket_urlpatterns = [
    re_path(r"^ws/activities/(?P<activity_id>[^/]+)/$", ActivityConsumer.as_asgi()),
]
