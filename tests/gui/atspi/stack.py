# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""The reference server and the processes the AT-SPI tests start, started and stopped one way.

    stack = start_stack(directory)      # redis + one daphne node (scripts/demo/start-stack)
    put(stack["SERVER"], activity)      # stores an activity
    stop_process(popen)                 # SIGTERM, then SIGKILL after a while
    stop_stack(stack)
    close_log(log)                      # closes the window's log and copies it to stderr
"""

import json
import os
import signal
import subprocess
import sys
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


def close_log(log):
    """Closes the log a test gave the window as stdout and stderr, and copies it to this test's stderr,
    so that ctest reads what the window printed: a QML warning in it fails the test
    (tests/CMakeLists.txt sets FAIL_REGULAR_EXPRESSION on every test)."""
    if log is None or log.closed:
        return
    if isinstance(log.name, str):
        log.close()
        with open(log.name, encoding="utf-8", errors="replace") as f:
            text = f.read()
    else:  # an unnamed temporary file (tempfile.TemporaryFile), open for reading too
        log.flush()
        log.seek(0)
        text = log.read()
        log.close()
        if isinstance(text, bytes):
            text = text.decode(errors="replace")
    for line in text.splitlines():
        sys.stderr.write("window: " + line + "\n")
    sys.stderr.flush()
