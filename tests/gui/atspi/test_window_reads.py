# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""An independent check of the window: reads the running MirageDesk through AT-SPI, as a screen
reader does, while it follows a real activity on the reference server (redis + daphne, started by
scripts/demo/start-stack with a 40-step activity).

    tests/gui/run-in-session tests/gui/with-atspi /usr/bin/python3 tests/gui/atspi/test_window_reads.py BINARY
"""

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_window as aw  # noqa: E402
import stack  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINARY = os.environ.get("MIRAGEDESK_BINARY", os.path.join(ROOT, "build", "src", "miragedesk"))


class WindowReads(unittest.TestCase):
    """The tests run in order (unittest sorts by name): the last one stops the server."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory(prefix="miragedesk-atspi.")
        cls.stack = None
        cls.app_process = None
        try:
            cls.stack = stack.start_stack(cls.dir.name)
            with open(os.path.join(cls.dir.name, "activity.json"), encoding="utf-8") as f:
                cls.activity = json.load(f)
            cls.log = open(os.path.join(cls.dir.name, "miragedesk.log"), "w", encoding="utf-8")
            cls.app_process = subprocess.Popen(
                [BINARY, "--server", cls.stack["SERVER"], "--activity", cls.stack["ACTIVITY"]],
                stdout=cls.log, stderr=subprocess.STDOUT)
            cls.app = aw.wait_for_application("miragedesk")
            cls.frame = aw.wait_for(lambda: aw.find(cls.app, "frame"), what="the main window",
                                    context=lambda: aw.dump(cls.app))
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        if cls.app_process is not None:
            stack.stop_process(cls.app_process, timeout=10)
            stack.close_log(cls.log)
        stack.stop_stack(cls.stack)
        cls.dir.cleanup()

    def test_0_open_dialog_stays_closed(self):
        # Started with --server/--activity, the window shows the activity, not the Open dialog on top
        # (issue #12: "It must not open on top when an activity was given on the command line").
        aw.wait_for_node(self.frame, "list", "Steps", showing=True)
        self.assertIsNone(aw.find(self.frame, "dialog", showing=True), aw.dump(self.frame))

    def steps_list(self):
        return aw.wait_for_node(self.frame, "list", "Steps", showing=True)

    def test_1_frame_names_the_activity(self):
        name = self.activity["name"]
        aw.wait_for(lambda: name in aw.node(self.frame.acc).name, what=f"a window title naming {name!r}",
                    context=lambda: aw.dump(self.app))
        self.assertRegex(aw.node(self.frame.acc).name, re.escape(name) + r" — MirageDesk$")

    def test_2_steps_are_read_by_number_and_name(self):
        steps = self.steps_list()
        for i, step in enumerate(self.activity["steps"][:5], start=1):
            item = aw.wait_for_node(steps.acc, "list item", f"Step {i}: {step['name']}")
            self.assertIn("showing", item.states, aw.dump(steps.acc))
            self.assertEqual([aw.read_text(c.acc) for c in aw.find_all(item.acc, "label", step["name"])], [step["name"]])
        # A list view creates delegates for what is on screen (and a little more), not all 40.
        items = aw.find_all(steps.acc, "list item", re.compile(r"^Step \d+: "))
        self.assertGreaterEqual(len(items), 5)
        self.assertLessEqual(len(items), len(self.activity["steps"]))

    def test_3_wrong_expectations_fail(self):
        # The checks above can fail: a name that is not there is not found, and the wait says what was.
        self.assertIsNone(aw.find(self.frame, "list item", "Step 1: " + self.activity["steps"][1]["name"]))
        self.assertIsNone(aw.find(self.frame, "frame", re.compile("Some other activity")))
        with self.assertRaises(aw.AtspiError) as caught:
            aw.wait_for_node(self.frame, "list", "Stepz", timeout=1)
        self.assertIn("list 'Steps'", str(caught.exception))

    def test_4_tabs_switch_what_is_shown(self):
        tabs = aw.find_all(self.frame, "page tab", showing=True)
        self.assertEqual([t.name for t in tabs], ["Steps", "People", "Files", "Activity log"], aw.dump(self.frame))
        self.assertIn("checked", tabs[0].states)
        self.assertIsNone(aw.find(self.frame, "list", "People", showing=True))
        aw.activate(aw.find(self.frame, "page tab", "People"))
        people = aw.wait_for_node(self.frame, "list", "People", showing=True)
        self.assertIsNotNone(aw.find(people, "label", "Nobody has joined yet.", showing=True), aw.dump(people))
        self.assertIsNone(aw.find(self.frame, "list", "Steps", showing=True))
        aw.activate(aw.find(self.frame, "page tab", "Steps"))
        self.steps_list()

    def test_9_connection_state_is_shown(self):
        # Connected: the counts show and no connection banner is on screen.
        aw.wait_for_node(self.frame, "label", re.compile(r"^\d+ applied · \d+ rejected$"), showing=True)
        self.assertEqual(aw.find_all(self.frame, "alert", showing=True), [], aw.dump(self.frame))
        # The server goes away: the window says so.
        os.kill(int(self.stack["DAPHNE_PID"]), signal.SIGTERM)
        alert = aw.wait_for_node(self.frame, "alert", re.compile(r"^Connection lost\.|^Disconnected\."), showing=True)
        self.assertIsNotNone(aw.find(alert.acc, "push button", "Reconnect now", showing=True), aw.dump(alert.acc))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
