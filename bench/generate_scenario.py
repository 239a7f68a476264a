#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""Generates the benchmark scenario: an activity of N steps and an NDJSON log of events in the
seed's shapes (SPEC §2), deterministically from a seed.

Mix (of --events): ~70% 102 updates that touch one step (description, name, a location field or
the step's nested content item by id), ~8% top-level 102 updates, ~2% 111 config updates,
~10% 201/202/203, ~10% 401/402/403.
"""
import argparse
import json
import os
import random
import uuid

WORDS = ("align the marker with the panel then tighten each bolt in a cross pattern check the "
         "torque gauge before you continue and record the reading in the log wear gloves when "
         "handling the coolant line inspect the seal for cracks replace it if needed").split()


def text(rng, lo, hi):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi)))


def uid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--steps", type=int, default=10000)
    ap.add_argument("--events", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True, help="directory for snapshot.json and events.ndjson")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)

    activity_id = uid(rng)
    steps = []
    for i in range(a.steps):
        steps.append({
            "id": uid(rng),
            "name": f"Step {i + 1}: {text(rng, 2, 4)}",
            "description": text(rng, 8, 16),
            "location": {"x": round(rng.uniform(-5, 5), 3), "y": round(rng.uniform(0, 2), 3),
                         "z": round(rng.uniform(-5, 5), 3)},
            "contents": [{"id": uid(rng), "type": rng.choice(["label", "image", "audio", "model"]),
                          "text": text(rng, 3, 8), "isVisible": True}],
        })
    activity = {"id": activity_id, "name": "Turbine maintenance", "description": text(rng, 10, 20),
                "creator": "bench", "language": "en", "steps": steps,
                "config": {"theme": "light", "autoplay": False, "voice": "default"}}
    with open(os.path.join(a.out, "snapshot.json"), "w") as f:
        json.dump(activity, f, separators=(",", ":"))

    users = [uid(rng) for _ in range(200)]
    files = [uid(rng) for _ in range(500)]
    known_files = []

    def msg(event_id, action, **rest):
        m = {"id": event_id, "activity_id": activity_id, "action": action}
        m.update(rest)
        return m

    size = 0
    with open(os.path.join(a.out, "events.ndjson"), "w") as f:
        for _ in range(a.events):
            r = rng.random()
            if r < 0.70:
                step = rng.choice(steps)
                kind = rng.randrange(4)
                if kind == 0:
                    patch = {"id": step["id"], "description": text(rng, 8, 16)}
                elif kind == 1:
                    patch = {"id": step["id"], "name": f"Step: {text(rng, 2, 5)}"}
                elif kind == 2:
                    patch = {"id": step["id"], "location": {rng.choice("xyz"): round(rng.uniform(-5, 5), 3)}}
                else:
                    patch = {"id": step["id"], "contents": [{"id": step["contents"][0]["id"],
                                                             "text": text(rng, 3, 8)}]}
                m = msg(102, "updated", updated_fields={"steps": [patch]})
            elif r < 0.78:
                field = rng.choice(["name", "description", "thumbnail"])
                value = text(rng, 2, 12) if field != "thumbnail" else f"https://example.org/t/{uid(rng)}.png"
                m = msg(102, "updated", updated_fields={field: value})
            elif r < 0.80:
                m = msg(111, "config_updated", updated_fields={rng.choice(["theme", "voice", "speed"]):
                                                               rng.choice(["dark", "light", "slow", "fast"])})
            elif r < 0.90:
                user = rng.choice(users)
                e = rng.choice([201, 202, 203])
                action = {201: "joined", 202: "left", 203: "status_updated"}[e]
                body = {"id": user}
                if e != 202:
                    body.update({"name": f"Author {user[:4]}", "status": rng.choice(["online", "editing", "idle"])})
                m = msg(e, action, user=body)
            else:
                e = rng.choice([401, 402, 403])
                if e == 401 or not known_files:
                    fid = rng.choice(files)
                    known_files.append(fid)
                    m = msg(401, "uploaded", file={"id": fid, "name": f"asset-{fid[:6]}.png",
                                                   "size": rng.randint(1000, 5_000_000), "mime_type": "image/png",
                                                   "url": f"https://example.org/f/{fid}", "uploaded_by": rng.choice(users)})
                else:
                    fid = rng.choice(known_files)
                    m = msg(e, "deleted" if e == 402 else "downloaded", file={"id": fid})
            line = json.dumps(m, separators=(",", ":"))
            size += len(line) + 1
            f.write(line + "\n")
    print(f"{a.out}: {a.steps} steps, {a.events} events, {size / 1e6:.1f} MB of NDJSON")


if __name__ == "__main__":
    main()
