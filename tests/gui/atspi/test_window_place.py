# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""The real window's size, place and Ctrl+Q (issue #13), on run-in-session's 1280x800 Xvfb:

- with QT_SCALE_FACTOR=2 (640x400 logical pixels) the first window fits the screen;
- Ctrl+Q, pressed through the X server, quits it (exit code 0) and its place is remembered;
- a remembered place outside the screen is brought back inside it; one inside is restored.

    tests/gui/run-in-session tests/gui/with-atspi /usr/bin/python3 tests/gui/atspi/test_window_place.py BINARY
"""

import configparser
import os
import re
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_window as aw  # noqa: E402
import stack  # noqa: E402
from gi.repository import Atspi  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINARY = os.environ.get("MIRAGEDESK_BINARY", os.path.join(ROOT, "build", "src", "miragedesk"))
SCREEN = (1280, 800)
ACTIVITY = "0c6f6c2a-8d3e-4b1f-9a57-3e2d1c0b9a87"
CONTROL_L = 37  # Xvfb's default keymap


def config_file():
    return os.path.join(os.environ["XDG_CONFIG_HOME"], "MirageDesk", "miragedesk.conf")


def window_geometry(pid):
    """The X window of the process (its _NET_WM_PID) that is mapped: (x, y, width, height) in device pixels."""
    tree = subprocess.run(["xwininfo", "-root", "-children"], capture_output=True, text=True, check=True).stdout
    for wid in re.findall(r"^\s+(0x[0-9a-f]+)", tree, re.M):
        props = subprocess.run(["xprop", "-id", wid, "_NET_WM_PID"], capture_output=True, text=True).stdout
        if f"= {pid}" not in props:
            continue
        info = subprocess.run(["xwininfo", "-id", wid], capture_output=True, text=True).stdout
        if "IsViewable" not in info:
            continue
        get = lambda key: int(re.search(rf"{key}:\s+(-?\d+)", info).group(1))  # noqa: E731
        return (get("Absolute upper-left X"), get("Absolute upper-left Y"), get("Width"), get("Height"))
    return None


class WindowPlace(unittest.TestCase):
    """In order: the first start, Ctrl+Q, then starts with a remembered place."""

    def start(self):
        env = dict(os.environ, QT_SCALE_FACTOR="2")
        self.log = tempfile.TemporaryFile()
        # An activity on a closed port: the window shows it (offline), not the Open dialog.
        self.proc = subprocess.Popen([BINARY, "--server", "ws://127.0.0.1:9", "--activity", ACTIVITY],
                                     env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.app = aw.wait_for_application_of(self.proc.pid)
        aw.wait_for(lambda: aw.find(self.app, "frame", showing=True), what="the main window",
                    context=lambda: aw.dump(self.app))
        return aw.wait_for(lambda: window_geometry(self.proc.pid), what="the window on the X server")

    def tearDown(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        stack.close_log(self.log)

    def quit_with_ctrl_q(self):
        time.sleep(0.5)  # the window takes the X focus once mapped
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.PRESS)
        aw.press_key(ord("q"))
        Atspi.generate_keyboard_event(CONTROL_L, None, Atspi.KeySynthType.RELEASE)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.log.seek(0)
            self.fail("Ctrl+Q did not quit the window:\n" + self.log.read().decode(errors="replace"))
        self.assertEqual(self.proc.returncode, 0)

    def assert_on_screen(self, geometry):
        x, y, width, height = geometry
        self.assertGreaterEqual(x, 0, geometry)
        self.assertGreaterEqual(y, 0, geometry)
        self.assertLessEqual(x + width, SCREEN[0], geometry)
        self.assertLessEqual(y + height, SCREEN[1], geometry)

    def test_1_first_window_fits_and_ctrl_q_quits(self):
        if os.path.exists(config_file()):
            os.remove(config_file())
        geometry = self.start()
        self.assert_on_screen(geometry)
        self.quit_with_ctrl_q()
        settings = configparser.ConfigParser()
        settings.read(config_file())
        self.assertIn("geometry", settings["window"], open(config_file()).read())

    def remember(self, rect):
        settings = configparser.ConfigParser(interpolation=None)
        settings.optionxform = str
        settings.read(config_file())
        if "window" not in settings:
            settings["window"] = {}
        settings["window"]["geometry"] = "@Rect(%d %d %d %d)" % rect
        settings["window"]["maximised"] = "false"
        with open(config_file(), "w") as f:
            settings.write(f, space_around_delimiters=False)

    def test_2_remembered_place_outside_the_screen_comes_back(self):
        self.remember((900, 700, 2000, 1500))  # logical pixels: the screen is 640x400
        self.assert_on_screen(self.start())

    def test_3_remembered_place_is_restored(self):
        self.remember((40, 30, 500, 340))
        x, y, width, height = self.start()
        self.assertEqual((width, height), (1000, 680))
        self.assertEqual((x, y), (80, 60))


if __name__ == "__main__":
    if len(sys.argv) > 1:
        BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
