# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""An independent check of the workspace (issue #12), read through AT-SPI as a screen reader does:
two activities open, the window quits and starts again with the server down (both shown from
their local copies, offline), one activity changes on the server meanwhile, the server comes back
(the changes listed under "Since you last looked", the edited step unread), and a second server
that wants a token (4401: the token dialog, the token kept in the secret store, the channel opens).

    tests/gui/run-in-session tests/gui/with-atspi /usr/bin/python3 tests/gui/atspi/test_workspace.py BINARY

run-in-session's XDG directories last for the whole run, so the window's settings and copies
survive from one start to the next. The tests run in order (unittest sorts them by name) and
build on each other.
"""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import unittest
import urllib.request
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_window as aw  # noqa: E402
import stack  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINARY = os.environ.get("MIRAGEDESK_BINARY", os.path.join(ROOT, "build", "src", "miragedesk"))
KEYCHAIN_SERVICE = "io.github.miragedesk.miragedesk"
B_NAME = "Calibrate the pressure sensor of line 2"
STEP3_RENAMED = "Open the access panel (both sides)"
ADDED_STEP = "Wipe the panel clean"
TOKEN = "wsToken-7Kq2x9"
RECONNECT_TIMEOUT = 90.0  # the window's back-off between attempts grows while the server is down


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def gone(pid):
    """Whether process pid has ended (or is a zombie waiting for a parent that is not us)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def stop(pid, timeout=15):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    aw.wait_for(lambda: gone(pid), timeout, what=f"process {pid} to end")


def healthy(server):
    try:
        with urllib.request.urlopen(server + "/api/health", timeout=2):
            return True
    except OSError:
        return False


class Workspace(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory(prefix="miragedesk-workspace.")
        cls.stack = None
        cls.app_process = None
        cls.nodes = []  # daphne nodes started here (Popen)
        cls.log = open(os.path.join(cls.dir.name, "miragedesk.log"), "w", encoding="utf-8")
        try:
            cls.stack = stack.start_stack(cls.dir.name)
            cls.server = cls.stack["SERVER"]
            cls.port = int(cls.server.rsplit(":", 1)[1])
            with open(f"/proc/{cls.stack['REDIS_PID']}/cmdline", encoding="utf-8") as f:
                args = f.read().split("\0")
            cls.redis_port = int(re.search(r":(\d+)$", args[0]).group(1)) if ":" in args[0] else int(args[args.index("--port") + 1])
            with open(os.path.join(cls.dir.name, "activity.json"), encoding="utf-8") as f:
                cls.a = json.load(f)
            cls.b_id = str(uuid.UUID("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"))
            made = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "demo", "make_activity.py"),
                                   "--id", cls.b_id, "--steps", "12"], check=True, capture_output=True, text=True)
            cls.b = json.loads(made.stdout)
            cls.b["name"] = B_NAME
            stack.put(cls.server, cls.b)
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.stop_window()
        for node in cls.nodes:
            stack.stop_process(node, timeout=10)
        stack.stop_stack(cls.stack)
        stack.close_log(cls.log)
        cls.dir.cleanup()

    # --- helpers -----------------------------------------------------------------------------

    @classmethod
    def start_window(cls, *args):
        cls.app_process = subprocess.Popen([BINARY, *args], stdout=cls.log, stderr=subprocess.STDOUT)
        cls.app = aw.wait_for_application_of(cls.app_process.pid)
        cls.frame = aw.wait_for(lambda: aw.find(cls.app, "frame"), what="the main window",
                                context=lambda: aw.dump(cls.app))

    @classmethod
    def stop_window(cls):
        """SIGTERM; returns the exit status."""
        process, cls.app_process = cls.app_process, None
        return stack.stop_process(process)

    def hand_over(self, server, activity):
        """A second start while the window runs: it hands the activity over and ends."""
        second = subprocess.run([BINARY, "--server", server, "--activity", activity], stdout=self.log,
                                stderr=subprocess.STDOUT, timeout=30)
        self.assertEqual(second.returncode, 0)
        self.assertIsNone(self.app_process.poll(), "the running window ended")

    def start_node(self, port, token=None):
        log = open(os.path.join(self.dir.name, f"daphne-{port}-{len(self.nodes)}.log"), "w", encoding="utf-8")
        args = [os.path.join(ROOT, "tests", "server", "start-node"), str(port), str(self.redis_port)]
        if token:
            args.append(token)
        node = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self.nodes.append(node)
        aw.wait_for(lambda: healthy(f"http://127.0.0.1:{port}"), 60, what=f"daphne on port {port}")
        return node

    def dump(self):
        return aw.dump(self.frame)

    def sidebar(self):
        return aw.wait_for_node(self.frame, "list", "Open activities", showing=True)

    def sidebar_item(self, name):
        return aw.wait_for_node(self.sidebar(), "list item", re.compile("^" + re.escape(name + ", ")), showing=True)

    def frame_name(self):
        return aw.node(self.frame.acc).name

    def wait_for_frame_name(self, name):
        aw.wait_for(lambda: self.frame_name() == f"{name} — MirageDesk", what=f"a window title naming {name!r}",
                    context=lambda: "frame: " + self.frame_name() + "\n" + self.dump())

    def steps_list(self):
        return aw.wait_for_node(self.frame, "list", "Steps", showing=True)

    def close_open_dialog(self):
        # Escape closes it as for a user (Cancel's AT-SPI Press does not in Qt 6.4; test_window_reads.py).
        dialog = aw.find(self.frame, "dialog", "Open Activity", showing=True)
        if dialog is None:
            return
        aw.click(aw.find(dialog, "text", "Server"), "SetFocus")
        aw.press_key("Escape")
        aw.wait_for(lambda: aw.find(self.frame, "dialog", "Open Activity", showing=True) is None,
                    what="the Open dialog to close", context=self.dump)

    def select_in_sidebar(self, name):
        """Selects the sidebar's entry for `name` as a keyboard user does: Qt 6.4 gives a list item
        no AT-SPI action (only buttons and the like get "Press"), so the list is focused and the
        arrow keys move to the entry, Return selects it."""
        item = self.sidebar_item(name)
        if "Press" in aw.actions(item):
            return aw.click(item, "Press")
        sidebar = self.sidebar()
        names = [n.name for n in aw.find_all(sidebar, "list item")]
        target = next(i for i, n in enumerate(names) if n == item.name)
        current = next(i for i, n in enumerate(names) if self.frame_name() == n.split(", ")[0] + " — MirageDesk")
        aw.click(sidebar, "SetFocus")
        aw.wait_for(lambda: "focused" in aw.node(sidebar.acc).states, what="the sidebar to have the focus",
                    context=self.dump)
        for _ in range(abs(target - current)):
            aw.press_key("Up" if target < current else "Down")
        aw.press_key("Return")

    def connection_alerts(self):
        return [n.name for n in aw.find_all(self.frame, "alert", showing=True)]

    # --- the flow ----------------------------------------------------------------------------

    def test_1_two_activities_open(self):
        self.start_window("--server", self.server, "--activity", self.a["id"])
        self.wait_for_frame_name(self.a["name"])
        self.close_open_dialog()
        self.steps_list()
        aw.wait_for_node(self.frame, "list item", "Step 3: " + self.a["steps"][2]["name"], showing=True)
        self.hand_over(self.server, self.b_id)
        self.wait_for_frame_name(B_NAME)
        aw.wait_for_node(self.frame, "list item", "Step 1: " + self.b["steps"][0]["name"], showing=True)
        items = [n.name for n in aw.find_all(self.sidebar(), "list item")]
        self.assertEqual(len(items), 2, items)
        self.assertTrue(items[0].startswith(self.a["name"] + ", "), items)
        self.assertTrue(items[1].startswith(B_NAME + ", "), items)
        self.assertIsNotNone(aw.find(self.sidebar(), "push button", "Close " + B_NAME), self.dump())

    def test_2_quits_and_the_activity_changes_while_the_server_is_down(self):
        self.assertEqual(self.stop_window(), 0, "the window did not end cleanly on SIGTERM")
        stop(int(self.stack["DAPHNE_PID"]))
        aw.wait_for(lambda: not healthy(self.server), what="the server to be down")
        key = f"miragesrv:activity:{self.a['id']}"
        changed = json.loads(subprocess.run(["redis-cli", "-p", str(self.redis_port), "--raw", "get", key],
                                            check=True, capture_output=True, text=True).stdout)
        self.assertEqual(changed["steps"][2]["name"], self.a["steps"][2]["name"])
        changed["steps"][2]["name"] = STEP3_RENAMED
        added = dict(changed["steps"][-1], id=str(uuid.uuid4()), name=ADDED_STEP, description="Use a dry cloth.")
        changed["steps"].append(added)
        subprocess.run(["redis-cli", "-p", str(self.redis_port), "set", key, json.dumps(changed)], check=True,
                       capture_output=True)
        type(self).changed = changed

    def test_3_restarts_from_the_copies_offline(self):
        self.start_window()
        sidebar = self.sidebar()
        aw.wait_for(lambda: len(aw.find_all(sidebar, "list item")) == 2, what="both activities in the sidebar",
                    context=self.dump)
        for name in (self.a["name"], B_NAME):
            item = self.sidebar_item(name)
            self.assertIn("saved copy", item.name, self.dump())
        # Started without arguments: no Open dialog.
        self.assertIsNone(aw.find(self.frame, "dialog", "Open Activity", showing=True), self.dump())
        # The selected one (B, selected when the window quit) is read from its copy, offline.
        self.wait_for_frame_name(B_NAME)
        offline = re.compile(r"^(Offline — last updated |Not connected — showing the copy from ).+")
        aw.wait_for_node(self.frame, "alert", offline, showing=True)
        aw.wait_for_node(self.frame, "list item", "Step 1: " + self.b["steps"][0]["name"], showing=True)
        # Select A: its steps from the copy, step 3 with its old name, offline too.
        self.select_in_sidebar(self.a["name"])
        self.wait_for_frame_name(self.a["name"])
        aw.wait_for_node(self.frame, "list item", "Step 3: " + self.a["steps"][2]["name"], showing=True)
        self.assertIsNone(aw.find(self.frame, "list item", re.compile("^Step 3: " + re.escape(STEP3_RENAMED))))
        aw.wait_for_node(self.frame, "alert", offline, showing=True)

    def test_3b_the_open_activity_action_shows_the_open_dialog(self):
        # The desktop entry's "Open Activity…" action (Exec=miragedesk --open-dialog; this start
        # hands it over as org.freedesktop.Application.ActivateAction, as a launcher that uses D-Bus
        # activation does): the running window shows its Open dialog over its activities.
        self.assertIsNone(aw.find(self.frame, "dialog", "Open Activity", showing=True), self.dump())
        second = subprocess.run([BINARY, "--open-dialog"], stdout=self.log, stderr=subprocess.STDOUT, timeout=30)
        self.assertEqual(second.returncode, 0)
        self.assertIsNone(self.app_process.poll(), "the running window ended")
        aw.wait_for_node(self.frame, "dialog", "Open Activity", showing=True)
        self.sidebar_item(B_NAME)
        self.close_open_dialog()

    def test_4_the_server_comes_back_with_the_changes_listed(self):
        self.start_node(self.port)
        aw.wait_for(lambda: not self.connection_alerts(), RECONNECT_TIMEOUT, what="the connection banner to go",
                    context=self.dump)
        # ChangesView asks for a heading and buttons; Qt 6.4 reads its heading as a label and its
        # entries (ItemDelegates) as list items, so the names are what is checked here.
        heading = aw.wait_for_node(self.frame, re.compile("^(heading|label)$"), re.compile("^Since you last looked: "),
                                   showing=True)
        self.assertRegex(heading.name, r"1 step edited")
        self.assertRegex(heading.name, r"1 added")
        self.assertIsNotNone(aw.find(self.frame, "push button", "Dismiss the list of changes", showing=True), self.dump())
        entries = [n.name for n in aw.find_all(self.frame, re.compile("^(push button|list item)$"),
                                               re.compile(r"^Step \d+ '"), showing=True)]
        self.assertIn(f"Step 3 '{STEP3_RENAMED}' edited: name", entries, self.dump())
        self.assertTrue(any(e.startswith(f"Step {len(self.changed['steps'])} '{ADDED_STEP}' added") for e in entries),
                        entries)
        aw.wait_for_node(self.frame, "list item", f"Step 3: {STEP3_RENAMED}, unread", showing=True)
        # Step 2 was not touched: not unread.
        aw.wait_for_node(self.frame, "list item", "Step 2: " + self.a["steps"][1]["name"], showing=True)
        self.assertNotRegex(self.sidebar_item(self.a["name"]).name, "saved copy")

    def test_5_a_server_that_wants_a_token_asks_for_it(self):
        port = free_port()
        server = type(self).token_server = f"http://127.0.0.1:{port}"
        self.start_node(port, TOKEN)
        self.hand_over(server, self.a["id"])
        dialog = aw.wait_for_node(self.frame, "dialog", f"Token for {server}", showing=True)
        # Qt 6.4 gives a password field no accessible name: "Token" comes as its description.
        field = aw.wait_for(lambda: next((n for n in aw.walk(dialog) if n.role in ("password text", "text")
                                          and "Token" in (n.name, n.description) and "showing" in n.states), None),
                            what="the Token field", context=lambda: aw.dump(dialog))
        self.assertEqual(field.role, "password text", aw.dump(dialog))
        aw.type_text(field, TOKEN)
        connect = aw.wait_for(lambda: "enabled" in aw.node(aw.find(dialog, "push button", "Connect").acc).states,
                              what="Connect to be enabled", context=lambda: aw.dump(dialog))
        self.assertTrue(connect)
        self.assertIn("focused", aw.node(field.acc).states, aw.dump(dialog))
        type(self).token_dialog = dialog

    # Qt 6.4 hands a password field's text (not its dots) over AT-SPI; the dialog keeps the token
    # out of the field (it holds mask characters only), so nothing reading the window reads it.
    def test_6_the_typed_token_is_not_readable(self):
        field = next(n for n in aw.walk(self.token_dialog) if n.role == "password text")
        self.assertNotIn(TOKEN, aw.dump(self.frame))
        self.assertNotEqual(aw.text_of(field.acc), TOKEN)
        self.assertEqual(aw.text_of(field.acc), "\u25cf" * len(TOKEN), aw.dump(self.token_dialog))

    def test_7_the_token_opens_the_channel(self):
        server = self.token_server
        # Return in the field (still focused) accepts the dialog, as Connect does.
        aw.press_key("Return")
        aw.wait_for(lambda: aw.find(self.frame, "dialog", showing=True) is None, what="the token dialog to close",
                    context=self.dump)
        # The channel opens: the activity from that server, connected.
        item = aw.wait_for_node(self.sidebar(), "list item", re.compile(re.escape(f", {server}, connected")), showing=True,
                                timeout=RECONNECT_TIMEOUT)
        self.assertTrue(item.name.startswith(self.a["name"] + ", "), item.name)
        aw.wait_for_node(self.frame, "list item", f"Step 3: {STEP3_RENAMED}", showing=True)
        self.assertEqual(self.connection_alerts(), [], self.dump())
        # The secret store has the token; the settings and copies do not.
        found = subprocess.run(["secret-tool", "search", "--all", "--unlock", "server", KEYCHAIN_SERVICE],
                               capture_output=True, text=True, timeout=30)
        self.assertIn(f"secret = {TOKEN}", found.stdout, found.stderr)
        for base in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_CACHE_HOME"], os.environ["XDG_DATA_HOME"]):
            for folder, _, files in os.walk(base):
                if "keyrings" in folder:
                    continue  # the secret store's own file
                for name in files:
                    with open(os.path.join(folder, name), "rb") as f:
                        self.assertNotIn(TOKEN.encode(), f.read(), os.path.join(folder, name))
        self.log.flush()
        with open(self.log.name, encoding="utf-8", errors="replace") as f:
            self.assertNotIn(TOKEN, f.read())

    def test_8_wrong_expectations_fail(self):
        # The checks above can fail: what is not on the screen is not found, and the wait says what was.
        self.assertIsNone(aw.find(self.frame, "list item", "Step 3: " + self.a["steps"][2]["name"]))
        with self.assertRaises(aw.AtspiError) as caught:
            aw.wait_for_node(self.frame, "label", "Since you last looked: nothing", timeout=1)
        self.assertIn("list 'Open activities'", str(caught.exception))

    def test_9_started_with_open_dialog_the_window_shows_it(self):
        # The action when MirageDesk is not running: the window opens with its Open dialog, over
        # the activities restored from the last quit (started plainly, it shows none: test_3).
        self.assertEqual(self.stop_window(), 0, "the window did not end cleanly on SIGTERM")
        self.start_window("--open-dialog")
        aw.wait_for_node(self.frame, "dialog", "Open Activity", showing=True)
        self.sidebar_item(B_NAME)
        self.close_open_dialog()


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2, failfast=True)
