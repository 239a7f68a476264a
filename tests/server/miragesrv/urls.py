# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
from django.urls import path

from . import views

urlpatterns = [
    path("api/health", views.health),
    path("api/activities/", views.activity_list),
    path("api/activities/<str:activity_id>/", views.activity),
    path("api/activities/<str:activity_id>/events/", views.events),
    path("api/activities/<str:activity_id>/close/", views.close),
    path("activity/get", views.snapshot),
]
