# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""SPEC §3 merge rules, for the server's PATCH (the client's C++ engine is tested against SPEC directly)."""
import uuid


def _uuid_key(s):
    if len(s) not in (36, 38) or (len(s) == 38 and (s[0] != "{" or s[-1] != "}")):
        return None
    t = s[1:-1] if len(s) == 38 else s
    if [i for i, c in enumerate(t) if c == "-"] != [8, 13, 18, 23]:
        return None
    try:
        return uuid.UUID(t).hex
    except ValueError:
        return None


def id_key(s):
    u = _uuid_key(s)
    return ("u", u) if u else ("t", s)


def _keyed(a):
    return len(a) > 0 and all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in a)


def merge(target, patch):
    if isinstance(patch, list):
        return merge_keyed(target if isinstance(target, list) else [], patch) if _keyed(patch) else patch
    if not isinstance(patch, dict):
        return patch
    if patch.get("$patch") == "replace":
        return {k: v for k, v in patch.items() if k != "$patch"}
    t = dict(target) if isinstance(target, dict) else {}
    for k, v in patch.items():
        if k == "$patch":
            continue
        if v is None or (isinstance(v, dict) and v.get("$patch") == "delete"):
            t.pop(k, None)
        else:
            t[k] = merge(t.get(k), v)
    return t


def _merge_element(el, p):
    if p.get("$patch") == "replace":
        r = {k: v for k, v in p.items() if k != "$patch"}
    else:
        r = merge(el, {k: v for k, v in p.items() if k != "id"})
    r["id"] = el["id"]
    return r


def merge_keyed(arr, patch):
    arr = list(arr)
    before = len(arr)
    index = {}
    for i, e in enumerate(arr):
        if isinstance(e, dict) and isinstance(e.get("id"), str):
            index.setdefault(id_key(e["id"]), i)
    full = before > 0 and all(isinstance(e, dict) and isinstance(e.get("id"), str) for e in arr)
    named, order, deleted = set(), [], set()
    for p in patch:
        k = id_key(p["id"])
        i = index.get(k)
        if p.get("$patch") == "delete":
            if i is not None:
                deleted.add(i)
                named.add(i)
                del index[k]
            continue
        if i is not None:
            arr[i] = _merge_element(arr[i], p)
        else:
            arr.append(merge(None, p))
            i = len(arr) - 1
            index[k] = i
        if i not in named:
            named.add(i)
            order.append(i)
    if full and all(i in named for i in range(before)):
        return [arr[i] for i in order if i not in deleted]
    return [e for i, e in enumerate(arr) if i not in deleted]
