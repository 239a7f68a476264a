# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
from urllib.parse import parse_qs

from django.conf import settings


def token_ok(headers, query_string):
    """True when no token is configured, or the request carries it (Bearer header or query)."""
    if not settings.TOKEN:
        return True
    for name, value in headers:
        if name.lower() == b"authorization" and value.decode("latin-1") == f"Bearer {settings.TOKEN}":
            return True
    values = parse_qs(query_string.decode("latin-1")).get(settings.TOKEN_QUERY, [])
    return settings.TOKEN in values
