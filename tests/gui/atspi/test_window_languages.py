# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""The window in other languages (issue #15), read through AT-SPI as a screen reader reads it, with
the real binary following the demo activity on the reference server (scripts/demo/start-stack):

1. German (LANGUAGE=de, LC_ALL=de_DE.UTF-8): on every view — the steps with a step's details, People,
   Files, the Activity log, Settings, the Open dialog — no English word of the UI is left. The English
   words are those of the source strings (translations/miragedesk_de.ts) that no German translation
   uses ("Server", "Token" and "Name" are German too); what the server sent (names, steps, the
   alert) is left out. Numbers, sizes and times read the German way;
2. Italian (LANGUAGE=it): the tabs and the toolbar speak Italian;
3. a right-to-left pseudo-locale (LANGUAGE=ar: Qt's own Arabic says right-to-left, MirageDesk has
   no Arabic, so its words stay English): the window is mirrored, the sidebar on the right of the
   steps and the toolbar starting at the right; in German (left-to-right) it is the other way round.

    tests/gui/run-in-session tests/gui/with-atspi /usr/bin/python3 tests/gui/atspi/test_window_languages.py BINARY
"""

import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
import urllib.request
import xml.etree.ElementTree as ET

import gi

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_window as aw  # noqa: E402
import stack  # noqa: E402

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BINARY = os.environ.get("MIRAGEDESK_BINARY", os.path.join(ROOT, "build", "src", "miragedesk"))
WORD = re.compile(r"[^\W\d_]{2,}")

# Names of things, the same in every language MirageDesk speaks.
KEPT = {"miragedesk", "mirage", "xr", "json", "url", "uuid", "http", "https", "ws", "arlem", "id"}


IDENTIFIER = re.compile(r"\S*(?:_|://)\S*|--[\w-]+")  # activity_id, ws://host:8000/…, --activity: names, not words


def words(text):
    return {w.lower() for w in WORD.findall(text or "")}


def words_of_translations(ts_path):
    root = ET.parse(ts_path).getroot()
    return set().union(*(words(IDENTIFIER.sub(" ", "".join(m.find("translation").itertext()))) for m in root.iter("message")))


def english_words(ts_path):
    """The words of the UI's English that the German translation does not use itself."""
    root = ET.parse(ts_path).getroot()
    source = set().union(*(words(IDENTIFIER.sub(" ", m.findtext("source"))) for m in root.iter("message")))
    return source - words_of_translations(ts_path) - KEPT


def server_words(*values):
    """Every word in what the server holds or was sent: names, steps, statuses, titles."""
    out = set()
    for value in values:
        if isinstance(value, dict):
            for k, v in value.items():
                out |= server_words(k, v)
        elif isinstance(value, list):
            for v in value:
                out |= server_words(v)
        elif isinstance(value, str):
            out |= words(value)
    return out


def post(server, activity_id, event):
    request = urllib.request.Request(f"{server}/api/activities/{activity_id}/events/", method="POST",
                                     data=json.dumps(dict(event, activity_id=activity_id)).encode(),
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request, timeout=30).close()


def extents(node):
    """(x, y, width, height) of a node on the screen."""
    e = Atspi.Component.get_extents(node.acc, Atspi.CoordType.SCREEN)
    return e.x, e.y, e.width, e.height


def centre_x(node):
    x, _, w, _ = extents(node)
    return x + w / 2


EVENTS = [
    {"id": 201, "action": "user_joined", "user": {"id": "u-ana", "name": "Ana Lima", "status": "online"}},
    {"id": 401, "action": "file_uploaded", "file": {"id": "f-1", "name": "torque-table.csv", "size": 1_250_000,
                                                     "mime_type": "text/csv", "uploaded_by": "u-ana",
                                                     "url": "https://files.example.org/torque-table.csv"}},
    {"id": 403, "file": {"id": "f-1"}},
    {"id": 403, "file": {"id": "f-1"}},
    {"id": 301, "level": "warning", "title": "Seal worn", "message": "Ana Lima found a worn seal."},
]


class WindowLanguages(unittest.TestCase):
    """Runs in order: German (and the checks of the check), Italian, then right-to-left."""

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.TemporaryDirectory(prefix="miragedesk-atspi-languages.")
        cls.stack = None
        cls.app_process = None
        cls.log = open(os.path.join(cls.dir.name, "miragedesk.log"), "w", encoding="utf-8")
        try:
            cls.stack = stack.start_stack(cls.dir.name)
            with open(os.path.join(cls.dir.name, "activity.json"), encoding="utf-8") as f:
                cls.activity = json.load(f)
            cls.english = english_words(os.path.join(ROOT, "translations", "miragedesk_de.ts"))
            cls.from_server = server_words(cls.activity, EVENTS, cls.stack["SERVER"], cls.stack["ACTIVITY"])
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.stop_app()
        stack.close_log(cls.log)
        stack.stop_stack(cls.stack)
        cls.dir.cleanup()

    @classmethod
    def stop_app(cls):
        if cls.app_process is not None:
            stack.stop_process(cls.app_process, timeout=10)
            cls.app_process = None

    @classmethod
    def start_app(cls, language, lc_all):
        cls.stop_app()
        env = dict(os.environ, LANGUAGE=language, LC_ALL=lc_all, LANG=lc_all)
        cls.app_process = subprocess.Popen([BINARY, "--server", cls.stack["SERVER"], "--activity", cls.stack["ACTIVITY"]],
                                           stdout=cls.log, stderr=subprocess.STDOUT, env=env)
        cls.app = aw.wait_for_application_of(cls.app_process.pid)
        cls.frame = aw.wait_for(lambda: aw.find(cls.app, "frame"), what="the main window", context=lambda: aw.dump(cls.app))

    def dump(self):
        return aw.dump(self.frame)

    def english_left(self, root):
        """(word, line) for each English word of the UI on the screen under root."""
        found = []
        for n in aw.walk(root):
            if "showing" not in n.states:
                continue
            for text in (n.name, n.description, n.text):
                for w in sorted(words(IDENTIFIER.sub(" ", text or "")) & self.english - self.from_server):
                    found.append((w, n.line().strip()))
        return found

    def assert_german(self, root, view):
        left = self.english_left(root)
        self.assertEqual(left, [], f"English words on the {view} view:\n" + aw.dump(root))

    def show_tab(self, name):
        aw.activate(aw.wait_for_node(self.frame, "page tab", name, showing=True))
        aw.wait_for(lambda: "checked" in aw.find(self.frame, "page tab", name).states, what=f"the {name} tab",
                    context=self.dump)

    def open_dialog(self, button, title):
        button = aw.wait_for_node(self.frame, "push button", button, showing=True)
        for attempt in range(3):  # Qt 6.4 sometimes drops an AT-SPI Press on a tool button
            if attempt < 2:
                aw.click(button, "Press")
            else:
                aw.click(button, "SetFocus")
                aw.press_key("space")
            try:
                return aw.wait_for_node(self.frame, "dialog", title, showing=True, timeout=3)
            except aw.AtspiError:
                pass
        return aw.wait_for_node(self.frame, "dialog", title, showing=True, timeout=1)

    def close_dialog(self, title):
        dialog = aw.find(self.frame, "dialog", title, showing=True)
        if dialog is None:
            return
        field = aw.find(dialog, re.compile("^(text|combo box|radio button)$"), showing=True)
        if field is not None and "SetFocus" in aw.actions(field):
            aw.click(field, "SetFocus")
        aw.press_key("Escape")
        aw.wait_for(lambda: aw.find(self.frame, "dialog", title, showing=True) is None, what=f"{title!r} to close",
                    context=self.dump)

    # --- German ------------------------------------------------------------------------------

    def test_1_german_has_no_english_word_left(self):
        self.start_app("de", "de_DE.UTF-8")
        steps = aw.wait_for_node(self.frame, "list", "Schritte", showing=True, timeout=40)
        first = self.activity["steps"][0]["name"]
        aw.wait_for_node(steps, "list item", f"Schritt 1: {first}", showing=True, timeout=40)
        self.assertEqual([t.name for t in aw.find_all(self.frame, "page tab", showing=True)],
                         ["Schritte", "Personen", "Dateien", "Protokoll"], self.dump())
        aw.wait_for_node(self.frame, "label", "0 übernommen · 0 abgelehnt", showing=True)
        for event in EVENTS:
            post(self.stack["SERVER"], self.stack["ACTIVITY"], event)
        aw.wait_for_node(self.frame, "label", f"{len(EVENTS)} übernommen · 0 abgelehnt", showing=True)
        # Steps, with the first step's details (selected as a keyboard user does).
        aw.click(steps, "SetFocus")
        aw.wait_for(lambda: "focused" in aw.node(steps.acc).states, what="the steps list focused", context=self.dump)
        aw.press_key(0xFF50)  # Home
        details = aw.wait_for_node(self.frame, None, "Details des Schritts", showing=True)
        aw.wait_for_node(details, None, "Name des Schritts", showing=True)
        self.assert_german(self.frame, "Steps")
        # People: the name is the server's, the words around it are German.
        self.show_tab("Personen")
        people = aw.wait_for_node(self.frame, "list", "Personen", showing=True)
        aw.wait_for_node(people, "list item", re.compile("Ana Lima"), showing=True)
        self.assert_german(self.frame, "People")
        # Files: the size and the downloads in German ("1,2 MB", "2 Downloads").
        self.show_tab("Dateien")
        files = aw.wait_for_node(self.frame, "list", "Dateien", showing=True)
        row = aw.wait_for_node(files, "label", re.compile(r"1,2 MB .*hochgeladen von .*Ana Lima.* · 2 Downloads$"),
                               showing=True)
        print(f"\nfile row: {row.name!r}", file=sys.stderr)
        self.assert_german(self.frame, "Files")
        # The Activity log: sentences in German around the server's names.
        self.show_tab("Protokoll")
        log = aw.wait_for_node(self.frame, "list", "Protokoll", showing=True)
        aw.wait_for_node(log, "list item", re.compile(r"^Aktivität vom Server geladen \(40 Schritte\)"), showing=True)
        aw.wait_for_node(log, "list item", "Ana Lima ist beigetreten", showing=True)
        aw.wait_for_node(log, "list item", re.compile(r"^Ana Lima hat „torque-table\.csv“ hochgeladen \(1,2 MB\)"),
                         showing=True)
        entries = [n.name for n in aw.find_all(log, "list item", showing=True)]
        print("log: " + "\n     ".join(entries), file=sys.stderr)
        self.assert_german(self.frame, "Activity log")
        # Settings: the language is chosen there, and it says when it applies.
        self.show_tab("Schritte")
        settings = self.open_dialog("Einstellungen", "Einstellungen")
        aw.wait_for_node(settings, "combo box", "Sprache", showing=True)
        aw.wait_for_node(settings, "label", "Eine andere Sprache gilt ab dem nächsten Start von MirageDesk.", showing=True)
        self.assert_german(settings, "Settings")
        self.close_dialog("Einstellungen")
        # The Open dialog, with the recent activity and its date in German (dd.MM.yy).
        aw.press_ctrl("o")
        dialog = aw.wait_for_node(self.frame, "dialog", "Aktivität öffnen", showing=True)
        recent = aw.wait_for_node(dialog, "list", "Zuletzt geöffnete Aktivitäten", showing=True)
        aw.wait_for_node(recent, "label", re.compile(r"^\d\d\.\d\d\.\d\d \d\d:\d\d$"), showing=True)
        # What is wrong with what is typed is said in German too (ChannelUrl's English is the command line's).
        field = aw.wait_for_node(dialog, "text", "UUID der Aktivität oder Kanal-URL", showing=True)
        aw.type_text(field, "abc")
        aw.wait_for_node(dialog, "label", re.compile(r"^„abc“ ist keine UUID einer Aktivität: Sie besteht aus 32 "),
                         showing=True)
        self.assert_german(dialog, "Open dialog")
        self.close_dialog("Aktivität öffnen")
        # Left to right: the sidebar is on the left of the steps.
        sidebar = aw.wait_for_node(self.frame, "list", "Geöffnete Aktivitäten", showing=True)
        self.assertLess(centre_x(sidebar), centre_x(self.steps_in("Schritte")))
        type(self).sidebar_ltr = extents(sidebar)

    def steps_in(self, name):
        return aw.wait_for_node(self.frame, "list", name, showing=True)

    def test_2_the_check_finds_english(self):
        # The same check on English texts finds the words it looks for.
        self.assertEqual(sorted(words("Steps (40) People Activity log") & self.english),
                         ["activity", "log", "people", "steps"])
        # Identifiers in a translation ("activity_id", "ws://host") are no German words.
        self.assertNotIn("activity", words_of_translations(os.path.join(ROOT, "translations", "miragedesk_de.ts")))
        # Server text is not held against the translation; the UI's own words are.
        self.assertIn("drain", self.from_server | {"drain"})
        self.assertNotIn("connection", self.from_server)
        self.assertIn("connection", self.english)
        self.assertNotIn("server", self.english)  # German says "Server" too

    # --- Italian -----------------------------------------------------------------------------

    def test_3_italian_tabs_and_toolbar(self):
        self.start_app("it", "it_IT.UTF-8")
        aw.wait_for_node(self.frame, "list", "Passi", showing=True, timeout=40)
        tabs = [t.name for t in aw.find_all(self.frame, "page tab", showing=True)]
        self.assertEqual(tabs, ["Passi", "Persone", "File", "Registro"], self.dump())
        aw.wait_for_node(self.frame, "label", re.compile(r"^\d+ applicati · \d+ rifiutati$"), showing=True)
        for name in ("Apri attività", "Riconnetti ora", "Impostazioni", "Aiuto", "Esci da MirageDesk"):
            aw.wait_for_node(self.frame, "push button", name, showing=True)

    # --- right to left -----------------------------------------------------------------------

    def test_4_right_to_left_is_mirrored(self):
        self.start_app("ar", "ar_EG.UTF-8")
        steps = self.steps_in("Steps")  # MirageDesk has no Arabic: its words stay English
        sidebar = aw.wait_for_node(self.frame, "list", "Open activities", showing=True)
        aw.wait_for(lambda: centre_x(sidebar) > centre_x(steps), what="the sidebar on the right of the steps",
                    context=lambda: f"sidebar {extents(sidebar)}, steps {extents(steps)}\n" + self.dump())
        frame_x, _, frame_w, _ = extents(aw.node(self.frame.acc))
        sx, _, sw, _ = extents(sidebar)
        print(f"\nright to left: frame x {frame_x}..{frame_x + frame_w}, sidebar {sx}..{sx + sw}; "
              f"left to right it was {getattr(self, 'sidebar_ltr', None)}", file=sys.stderr)
        self.assertGreater(sx + sw, frame_x + frame_w * 0.75)
        # The toolbar starts at the right: Open comes first there, Quit last on the left.
        open_button = aw.wait_for_node(self.frame, "push button", "Open activity", showing=True)
        quit_button = aw.wait_for_node(self.frame, "push button", "Quit MirageDesk", showing=True)
        self.assertGreater(centre_x(open_button), centre_x(quit_button))


if __name__ == "__main__":
    if len(sys.argv) > 1 and not sys.argv[1].startswith("-"):
        BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
