# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""The reference MIRAGE-XR-style server of SPEC §8, for tests and demos only.

Environment: MIRAGESRV_REDIS (redis://127.0.0.1:6379/0), MIRAGESRV_TOKEN (optional: sockets and
reads without it are refused), MIRAGESRV_TOKEN_QUERY (query parameter name, default "token").
"""
import os

SECRET_KEY = "miragesrv-test-only"
DEBUG = False
ALLOWED_HOSTS = os.environ.get("MIRAGESRV_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
INSTALLED_APPS = ["channels"]
MIDDLEWARE = []
ROOT_URLCONF = "miragesrv.urls"
ASGI_APPLICATION = "miragesrv.asgi.application"
DATABASES = {}
USE_TZ = True
REDIS_URL = os.environ.get("MIRAGESRV_REDIS", "redis://127.0.0.1:6379/0")
TOKEN = os.environ.get("MIRAGESRV_TOKEN", "")
TOKEN_QUERY = os.environ.get("MIRAGESRV_TOKEN_QUERY", "token")
# Activities of 10,000 steps and more are PUT whole (Django refuses bodies over 2.5 MB by default).
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024 * 1024
CHANNEL_LAYERS = {
    "default": {
        "BACKEND": "channels_redis.core.RedisChannelLayer",
        # Bursts of thousands of events must not be dropped by the default capacity of 100.
        "CONFIG": {"hosts": [REDIS_URL], "capacity": 200000, "expiry": 120},
    }
}
LOGGING = {"version": 1, "disable_existing_loggers": False,
           "handlers": {"console": {"class": "logging.StreamHandler"}},
           "root": {"handlers": ["console"], "level": "WARNING"}}
