# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""Activities live in Redis, so that every daphne node sees the same ones."""
import json
import uuid

import redis
from django.conf import settings

_client = None


def client():
    global _client
    if _client is None:
        _client = redis.Redis.from_url(settings.REDIS_URL)
    return _client


def canonical(activity_id):
    try:
        return str(uuid.UUID(activity_id.strip("{}")))
    except (ValueError, AttributeError):
        return None


def get(activity_id):
    raw = client().get(f"miragesrv:activity:{activity_id}")
    return None if raw is None else json.loads(raw)


def put(activity_id, activity):
    client().set(f"miragesrv:activity:{activity_id}", json.dumps(activity))
    client().sadd("miragesrv:activities", activity_id)


def all_ids():
    return sorted(x.decode() for x in client().smembers("miragesrv:activities"))
