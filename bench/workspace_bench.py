#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""workspace_bench.py MIRAGEDESK [--activities 50] [--steps 1000] [--servers 2] [--runs 3] [--down 10]

Issue #12's workspace scale, run inside tests/gui/run-in-session (its XDG dirs, X server and bus):
 1. redis + SERVERS daphne nodes of the reference server; ACTIVITIES activities of STEPS steps PUT,
    spread evenly over the servers.
 2. Seed: the window opens them all (the first with --server/--activity, the others handed over
    the same way); once every copy is on disk the window is stopped (SIGTERM).
 3. Each run: the servers are stopped; the window is started again and timed from exec to its
    "first frame shown with N activities open" line (the workspace is restored, every copy read and
    loaded into its session, before the window is created); peak RSS (VmHWM) is sampled; for DOWN s
    the connection attempts (miragedesk.channel "State::Connecting" lines) are counted.
 4. The servers are started again on the same ports: time until every channel is open and until
    every snapshot is applied.
Prints medians of RUNS runs, and what 50 independent backoff schedules would have tried.
"""
import argparse
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "scripts", "demo"))
import make_activity  # noqa: E402

RETRY_INITIAL_MS, RETRY_MAX_MS = 500, 30000  # src/sync/channelsettings.h
SHOWN = "first frame shown with"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def wait_for(cond, timeout, what):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return
        time.sleep(0.05)
    sys.exit(f"workspace bench: timed out waiting for {what}")


def healthy(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=1) as r:
            return r.status == 200
    except OSError:
        return False


class Stack:
    def __init__(self, work, servers):
        self.work = work
        self.redis_port = free_port()
        self.redis = subprocess.Popen(["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1",
                                       "--save", "", "--appendonly", "no"],
                                      stdout=open(os.path.join(work, "redis.log"), "w"), stderr=subprocess.STDOUT)
        self.ports = [free_port() for _ in range(servers)]
        self.nodes = {}
        wait_for(lambda: subprocess.run(["redis-cli", "-p", str(self.redis_port), "ping"],
                                        capture_output=True).returncode == 0, 10, "redis")

    def up(self):
        for p in self.ports:
            self.nodes[p] = subprocess.Popen([os.path.join(ROOT, "tests", "server", "start-node"), str(p), str(self.redis_port)],
                                             stdout=open(os.path.join(self.work, f"daphne-{p}.log"), "a"),
                                             stderr=subprocess.STDOUT)

    def wait_healthy(self):
        wait_for(lambda: all(healthy(p) for p in self.ports), 30, "the reference server")

    def down(self):
        for proc in self.nodes.values():
            proc.terminate()
        for proc in self.nodes.values():
            proc.wait()
        self.nodes = {}

    def stop(self):
        self.down()
        self.redis.terminate()
        self.redis.wait()


class Window:
    """The window, its stderr lines stamped with the time since exec, its VmHWM sampled."""

    def __init__(self, binary, args, log_path):
        env = dict(os.environ)
        env["QT_LOGGING_RULES"] = "miragedesk.app.info=true;miragedesk.channel.debug=true"
        self.lines = []
        self.lock = threading.Lock()
        self.log = open(log_path, "w")
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen([binary, *args], env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.hwm_kb = 0
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._sample, daemon=True).start()

    def now(self):
        return time.monotonic() - self.t0

    def _read(self):
        for raw in self.proc.stderr:
            t = self.now()
            line = raw.decode("utf-8", "replace").rstrip("\n")
            with self.lock:
                self.lines.append((t, line))
            self.log.write(f"{t:9.3f} {line}\n")
        self.log.flush()

    def _sample(self):
        status = f"/proc/{self.proc.pid}/status"
        while self.proc.poll() is None:
            try:
                with open(status) as f:
                    for row in f:
                        if row.startswith("VmHWM:"):
                            self.hwm_kb = max(self.hwm_kb, int(row.split()[1]))
            except OSError:
                pass
            time.sleep(0.05)

    def rss_kb(self):
        with open(f"/proc/{self.proc.pid}/status") as f:
            return next(int(row.split()[1]) for row in f if row.startswith("VmRSS:"))

    def matching(self, text, since=0.0):
        with self.lock:
            return [t for t, line in self.lines if text in line and t >= since]

    def wait_line(self, text, count=1, timeout=60, since=0.0):
        wait_for(lambda: len(self.matching(text, since)) >= count or self.proc.poll() is not None, timeout, repr(text))
        hits = self.matching(text, since)
        if len(hits) < count:
            sys.exit(f"workspace bench: the window ended before {count} x {text!r}; see {self.log.name}")
        return hits[count - 1]

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def simulated_attempts(channels, seconds, shared, trials=200):
    """Connection attempts in `seconds` of a server that refuses at once, with full-jitter backoff
    (RetryPolicy: uniform in [0, min(initial * 2^n, max)]), n per channel or shared per server."""
    totals = []
    for _ in range(trials):
        shared_failures = 0
        pending = [(0.0, c) for c in range(channels)]  # (time of the next attempt, channel)
        own = [0] * channels
        attempts = 0
        while pending:
            pending.sort()
            t, c = pending.pop(0)
            if t > seconds:
                break
            attempts += 1
            n = shared_failures if shared else own[c]
            shared_failures += 1
            own[c] += 1
            ceiling = min(RETRY_INITIAL_MS * 2 ** min(n, 20), RETRY_MAX_MS)
            pending.append((t + random.random() * ceiling / 1000, c))
        totals.append(attempts)
    return statistics.median(totals)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--activities", type=int, default=50)
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--servers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--down", type=float, default=10.0, help="seconds with the servers down")
    ap.add_argument("--work", default=os.path.join(os.environ.get("MIRAGEDESK_SESSION_DIR", "/tmp"), "wsbench"))
    a = ap.parse_args()
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "DISPLAY"):
        if not os.environ.get(var):
            sys.exit(f"workspace bench: {var} is not set; run it under tests/gui/run-in-session")
    os.makedirs(a.work, exist_ok=True)
    copies = os.path.join(os.environ["XDG_DATA_HOME"], "MirageDesk", "miragedesk", "copies")
    n = a.activities

    stack = Stack(a.work, a.servers)
    try:
        stack.up()
        stack.wait_healthy()
        opened = []  # (server, activity)
        t = time.monotonic()
        for i in range(n):
            aid = "%08x-0000-4000-8000-%012x" % (0x5eed0000 + i, i)
            server = f"http://127.0.0.1:{stack.ports[i % len(stack.ports)]}"
            body = json.dumps(make_activity.make(a.steps, aid)).encode()
            req = urllib.request.Request(f"{server}/api/activities/{aid}/", data=body, method="PUT",
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=60).read()
            opened.append((server, aid))
        print(f"stored {n} activities of {a.steps} steps ({len(body) / 1e6:.2f} MB each) on {len(stack.ports)} "
              f"server(s) in {time.monotonic() - t:.1f} s", flush=True)

        # Seed: open every activity, wait for every copy.
        seed = Window(a.binary, ["--server", opened[0][0], "--activity", opened[0][1]], os.path.join(a.work, "seed.log"))
        seed.wait_line(SHOWN, timeout=60)
        for server, aid in opened[1:]:
            subprocess.run([a.binary, "--server", server, "--activity", aid], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60)

        def copy_count():
            return len([f for f in os.listdir(copies) if f.endswith(".copy")]) if os.path.isdir(copies) else 0
        wait_for(lambda: copy_count() >= n, 180, f"{n} copies in {copies}")
        seed.wait_line("snapshot applied", count=n, timeout=120)
        time.sleep(3)  # the last snapshots' copies (written every 2 s)
        seed.stop()
        size = sum(os.path.getsize(os.path.join(copies, f)) for f in os.listdir(copies))
        print(f"seeded: {copy_count()} copies, {size / 1e6:.1f} MB on disk", flush=True)

        rows = []
        for run in range(a.runs):
            stack.down()
            w = Window(a.binary, [], os.path.join(a.work, f"run{run + 1}.log"))
            shown = w.wait_line(SHOWN, timeout=120)
            shown_line = [line for _, line in w.lines if SHOWN in line][0]
            if f"with {n} activities" not in shown_line:
                sys.exit(f"workspace bench: {shown_line!r}, expected {n} activities open")
            time.sleep(max(0.0, a.down - w.now()))
            attempts = len(w.matching("State::Connecting"))
            up_at = w.now()
            rss_down = w.hwm_kb / 1024  # the peak while only the copies are shown
            stack.up()
            stack.wait_healthy()
            healthy_at = w.now()
            all_open = w.wait_line("State::Open", count=n, timeout=120, since=up_at)
            all_snap = w.wait_line("snapshot applied", count=n, timeout=120, since=up_at)
            time.sleep(1)
            rss = w.hwm_kb / 1024
            rss_live = w.rss_kb() / 1024
            time.sleep(6)  # the copies written and the heap trimmed (Workspace's trim timer)
            rss_settled = w.rss_kb() / 1024
            extra_open = len(w.matching("State::Open", up_at)) - n
            w.stop()
            rows.append(dict(shown=shown, rss_down=rss_down, rss=rss, rss_live=rss_live, rss_settled=rss_settled, attempts=attempts, down=up_at,
                             open=all_open - healthy_at, snap=all_snap - healthy_at, extra=extra_open))
            print(f"run {run + 1}: shown {shown:.2f} s, peak RSS {rss_down:.0f} MB down / {rss:.0f} MB overall "
                  f"({rss_live:.0f} MB live, {rss_settled:.0f} MB 7 s later), {attempts} attempts in {up_at:.1f} s down, "
                  f"all open {all_open - healthy_at:.2f} s / all snapshots {all_snap - healthy_at:.2f} s after the servers "
                  f"answered ({healthy_at - up_at:.1f} s to start them), {extra_open} extra opens", flush=True)
    finally:
        stack.stop()

    med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
    per_server = n / len(stack.ports)
    independent = simulated_attempts(int(per_server), med["down"], shared=False) * len(stack.ports)
    shared = simulated_attempts(int(per_server), med["down"], shared=True) * len(stack.ports)
    print()
    print(f"{n} activities x {a.steps} steps on {len(stack.ports)} server(s), median of {a.runs} runs:")
    print(f"  start to all {n} copies shown (servers down)    {med['shown']:6.2f} s   (target < 2 s)")
    print(f"  peak RSS (VmHWM), servers down                 {med['rss_down']:6.0f} MB  (target < 400 MB)")
    print(f"  peak RSS (VmHWM), after all {n} snapshots       {med['rss']:6.0f} MB  (target < 400 MB)")
    print(f"  RSS once live (VmRSS)                          {med['rss_live']:6.0f} MB")
    print(f"  RSS 7 s later (VmRSS, copies written)          {med['rss_settled']:6.0f} MB")
    print(f"  connection attempts in {med['down']:.0f} s, servers down     {med['attempts']:6.0f}     "
          f"(model: {shared:.0f} with the shared backoff, {independent:.0f} with {n} independent ones)")
    print(f"  servers answering to all {n} channels open       {med['open']:6.2f} s")
    print(f"  servers answering to all {n} snapshots applied   {med['snap']:6.2f} s")


if __name__ == "__main__":
    main()
