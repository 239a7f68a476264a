#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""coauthor.py --server http://127.0.0.1:PORT --activity UUID [--interval SEC] [--rounds N]

A scripted co-author for the demo: through the reference server's control API it edits steps,
joins and leaves, changes status, uploads, downloads and deletes files, renames the activity and
raises an alert, one action every INTERVAL seconds (forever unless --rounds is given)."""
import argparse
import json
import sys
import time
import urllib.request

PEOPLE = [("u-ana", "Ana Lima"), ("u-jonas", "Jonas Berg"), ("u-priya", "Priya Natarajan")]


def call(base, method, path, body):
    req = urllib.request.Request(base + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        r.read()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--server", required=True)
    p.add_argument("--activity", required=True)
    p.add_argument("--interval", type=float, default=2.0)
    p.add_argument("--rounds", type=int, default=0)
    a = p.parse_args()
    base = a.server.rstrip("/")
    act = a.activity
    path = f"/api/activities/{act}/"
    with urllib.request.urlopen(base + path, timeout=10) as r:
        activity = json.load(r)
    steps = activity.get("steps", [])
    event = lambda e: call(base, "POST", path + "events/", dict(e, activity_id=act))

    rnd = 0
    while not a.rounds or rnd < a.rounds:
        rnd += 1
        uid, name = PEOPLE[rnd % len(PEOPLE)]
        fid = f"file-{rnd}"
        step = steps[rnd % len(steps)] if steps else None
        actions = [
            ("joins", lambda: event({"id": 201, "action": "user_joined",
                                     "user": {"id": uid, "name": name, "status": "online"}})),
            ("edits a step", lambda: step and call(base, "PATCH", path, {"steps": [
                {"id": step["id"], "description": step["description"] + f" (checked in round {rnd})"}]})),
            ("is editing", lambda: event({"id": 203, "user": {"id": uid, "status": "editing"}})),
            ("uploads a file", lambda: event({"id": 401, "action": "file_uploaded", "file": {
                "id": fid, "name": f"inspection-photo-{rnd}.jpg", "size": 1_250_000 + rnd * 7_331,
                "mime_type": "image/jpeg", "url": f"https://files.example.org/{act}/{fid}.jpg", "uploaded_by": uid}})),
            ("renames the activity", lambda: call(base, "PATCH", path, {
                "name": f"{activity.get('name', 'Activity')} (rev. {rnd})"})),
            ("downloads the file", lambda: event({"id": 403, "file": {"id": fid}})),
            ("raises an alert", lambda: event({"id": 301, "level": "warning", "title": "Seal worn",
                                               "message": f"{name} found a worn seal on step {rnd % max(1, len(steps)) + 1}."})),
            ("adds a step", lambda: call(base, "PATCH", path, {"steps": [
                {"id": f"step-extra-{rnd}", "name": f"Extra check {rnd}", "description": "Added by a co-author."}]})),
            ("deletes the file", lambda: event({"id": 402, "file": {"id": fid}})),
            ("leaves", lambda: event({"id": 202, "action": "user_left", "user": {"id": uid}})),
        ]
        for what, act_fn in actions:
            try:
                act_fn()
                print(f"co-author {name} {what}", flush=True)
            except Exception as e:  # the server may be going away at the end of the demo
                print(f"co-author: {what} failed: {e}", file=sys.stderr, flush=True)
            time.sleep(a.interval)


if __name__ == "__main__":
    main()
