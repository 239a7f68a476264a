# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""The reference server and the processes the AT-SPI tests start, started and stopped one way.

    stack = start_stack(directory)      # redis + one daphne node (scripts/demo/start-stack)
    put(stack["SERVER"], activity)      # stores an activity
    stop_process(popen)                 # SIGTERM, then SIGKILL after a while
    stop_stack(stack)
"""

import json
import os
import signal
import subprocess
import urllib.request

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def read_env(path):
    with open(path, encoding="utf-8") as f:
        return dict(line.strip().split("=", 1) for line in f if "=" in line)


def start_stack(directory):
    """Starts redis and a daphne node on free ports with the demo activity; returns start-stack's env."""
    subprocess.run([os.path.join(ROOT, "scripts", "demo", "start-stack"), directory], check=True, timeout=120)
    return read_env(os.path.join(directory, "env"))


def stop_stack(stack):
    if stack is None:
        return
    for pid in (stack["DAPHNE_PID"], stack["REDIS_PID"]):
        try:
            os.kill(int(pid), signal.SIGTERM)
        except ProcessLookupError:
            pass


def stop_process(process, timeout=20):
    """Ends a Popen (SIGTERM, then SIGKILL); returns its exit status, None when there was none."""
    if process is None:
        return None
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode


def put(server, activity):
    request = urllib.request.Request(f"{server}/api/activities/{activity['id']}/", method="PUT",
                                     data=json.dumps(activity).encode(), headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=60).close()
