# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
import base64
import json

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.http import HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from . import store
from .auth import token_ok
from .merge import merge


def _headers(request):
    return [(b"authorization", request.headers.get("Authorization", "").encode("latin-1"))]


def _json_body(request):
    try:
        return json.loads(request.body or b"null"), None
    except ValueError as e:
        return None, JsonResponse({"error": f"body is not JSON: {e}"}, status=400)


def _broadcast(activity_id, payloads):
    layer = get_channel_layer()
    for p in payloads:
        async_to_sync(layer.group_send)(f"activity_{activity_id}", p)


def health(request):
    return HttpResponse("ok")


def activity_list(request):
    items = []
    for aid in store.all_ids():
        a = store.get(aid) or {}
        items.append({"id": aid, "name": a.get("name", "")})
    return JsonResponse(items, safe=False)


def _read(request, activity_id):
    if not token_ok(_headers(request), request.META.get("QUERY_STRING", "").encode("latin-1")):
        return JsonResponse({"error": "unauthorised"}, status=401)
    aid = store.canonical(activity_id or "")
    a = store.get(aid) if aid else None
    if a is None:
        return JsonResponse({"error": "no such activity"}, status=404)
    return JsonResponse(a)


def snapshot(request):
    """GET /activity/get?activity_id=<uuid>: the path MIRAGE-XR's own clients use."""
    return _read(request, request.GET.get("activity_id"))


@csrf_exempt
def activity(request, activity_id):
    aid = store.canonical(activity_id)
    if aid is None:
        return JsonResponse({"error": "not a UUID"}, status=404)
    if request.method == "GET":
        return _read(request, aid)
    body, err = _json_body(request)
    if err:
        return err
    if not isinstance(body, dict):
        return JsonResponse({"error": "expected a JSON object"}, status=400)
    if request.method == "PUT":
        store.put(aid, body)
        return JsonResponse(body)
    if request.method == "PATCH":
        current = store.get(aid)
        if current is None:
            return JsonResponse({"error": "no such activity"}, status=404)
        updated = merge(current, body)
        store.put(aid, updated)
        msg = {"id": 102, "activity_id": aid, "action": "updated", "updated_fields": body}
        _broadcast(aid, [{"type": "activity.event", "text": json.dumps(msg)}])
        return JsonResponse(updated)
    return JsonResponse({"error": "method not allowed"}, status=405)


@csrf_exempt
def events(request, activity_id):
    """POST an event object or a list, broadcast as-is; {"raw": "text"} sends that exact text frame,
    {"binary": "<base64>"} a binary frame."""
    aid = store.canonical(activity_id)
    body, err = _json_body(request)
    if err:
        return err
    items = body if isinstance(body, list) else [body]
    payloads = []
    for item in items:
        if isinstance(item, dict) and set(item) == {"raw"}:
            payloads.append({"type": "activity.event", "text": item["raw"]})
        elif isinstance(item, dict) and set(item) == {"binary"}:
            payloads.append({"type": "activity.event", "bytes": base64.b64decode(item["binary"])})
        else:
            payloads.append({"type": "activity.event", "text": json.dumps(item)})
    _broadcast(aid, payloads)
    return JsonResponse({"sent": len(payloads)})


@csrf_exempt
def close(request, activity_id):
    aid = store.canonical(activity_id)
    body, err = _json_body(request)
    if err:
        return err
    code = int((body or {}).get("code", 1000))
    _broadcast(aid, [{"type": "activity.close", "code": code}])
    return JsonResponse({"closed": code})
