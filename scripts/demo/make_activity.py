#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""make_activity.py [--steps N] [--id UUID]: prints a realistic MIRAGE-XR activity (current data
model: steps plus activity-level content that points at them) for the demo and the GUI tests."""
import argparse
import json
import uuid

TASKS = [
    ("Put on safety glasses", "Take the glasses from the rack by the door and check the lenses for scratches."),
    ("Check the torque wrench", "Verify the calibration sticker is within date; set the wrench to 45 Nm."),
    ("Open the access panel", "Remove the four M6 screws with the 10 mm driver and keep them in the tray."),
    ("Inspect the seal", "Look for cracks or flattening along the whole seal. Replace it if in doubt."),
    ("Fit the new filter", "Slide the filter in with the arrow pointing towards the fan."),
    ("Close the panel", "Tighten the screws crosswise to 45 Nm."),
    ("Run the self-test", "Hold the test button for three seconds and wait for the green light."),
    ("Record the job", "Scan the QR code on the unit and confirm the maintenance entry."),
]
CONTENT_TYPES = ["label", "image", "video", "audio", "pickandplace", "ghost", "model", "drawing"]


def make(n_steps, activity_id):
    rnd = uuid.UUID(activity_id).int
    steps, content = [], []
    for i in range(n_steps):
        title, text = TASKS[i % len(TASKS)]
        sid = str(uuid.UUID(int=(rnd + 0x1000 + i) % (1 << 128)))
        steps.append({
            "id": sid,
            "name": f"{title}" if i < len(TASKS) else f"{title} ({i // len(TASKS) + 1})",
            "description": text,
            "location": {"position": {"x": round(0.2 * i, 2), "y": 1.1, "z": -0.5}},
            "attachment": None,
        })
        for k in range(i % 3 + 1):
            kind = CONTENT_TYPES[(i + k) % len(CONTENT_TYPES)]
            content.append({
                "id": str(uuid.UUID(int=(rnd + 0x100000 + i * 8 + k) % (1 << 128))),
                "type": kind,
                "steps": [sid],
                "isVisible": True,
                "creationDate": "2026-11-20T09:%02d:00Z" % (i % 60),
                "location": {"position": {"x": 0.1 * k, "y": 1.3, "z": -0.4}},
                "contentData": {"name": f"{kind.title()} for step {i + 1}",
                                "text": f"{kind} attached to “{title}”"},
            })
    return {
        "id": activity_id,
        "name": "Replace the air filter of the HVAC unit",
        "description": "Quarterly maintenance of the rooftop HVAC unit, with safety checks.",
        "creator": "Maria Keller",
        "thumbnail": None,
        "location": {"name": "Building C, roof"},
        "steps": steps,
        "content": content,
    }


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=40)
    p.add_argument("--id", default="5f0c1d2e-3b4a-4c5d-8e6f-708192a3b4c5")
    a = p.parse_args()
    print(json.dumps(make(a.steps, a.id), ensure_ascii=False))


if __name__ == "__main__":
    main()
