# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
"""Reads a running application's windows through AT-SPI, the way a screen reader does.

Run under tests/gui/with-atspi (accessibility bus up and switched on). Uses libatspi through
GObject introspection (gir1.2-atspi-2.0); no main loop is needed because every walk clears
libatspi's cache and asks the application again.

    app = wait_for_application("miragedesk")
    frame = wait_for(lambda: find(app, "frame"), what="a window")
    button = find(frame, "push button", "Open…")
    click(button)
    print(dump(frame))
"""

import re
import sys
import time
from dataclasses import dataclass, field

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# Roles a user acts on: a control of one of these roles without a name is unreadable.
CONTROL_ROLES = frozenset({
    "push button", "toggle button", "check box", "radio button", "text", "password text", "entry",
    "combo box", "spin button", "slider", "page tab", "list item", "menu item", "check menu item",
    "radio menu item", "table cell", "tree item", "link",
})

DEFAULT_TIMEOUT = 20.0


class AtspiError(AssertionError):
    """A wait timed out or a lookup failed; the message carries what was on the screen."""


@dataclass
class Node:
    """One accessible object as a screen reader sees it."""
    acc: object = field(repr=False)
    depth: int
    role: str
    name: str
    description: str
    text: str | None
    states: frozenset

    def line(self):
        parts = [self.role, repr(self.name)]
        if self.text is not None and self.text != self.name:
            parts.append("text=" + repr(self.text))
        if self.description:
            parts.append("description=" + repr(self.description))
        shown = sorted(s for s in self.states if s in ("focused", "checked", "selected", "pressed", "expanded"))
        if "enabled" not in self.states and self.role in CONTROL_ROLES:
            shown.append("disabled")
        if "showing" not in self.states and self.role != "application":
            shown.append("hidden")
        if shown:
            parts.append("[" + ",".join(shown) + "]")
        return "  " * self.depth + " ".join(parts)


def _states(acc):
    try:
        return frozenset(Atspi.StateType(s).value_nick.replace("-", " ") for s in acc.get_state_set().get_states())
    except Exception:  # the object went away
        return frozenset({"defunct"})


def text_of(acc):
    """The text of a text field or label (the Text interface), or None when it has none."""
    try:
        if "Text" not in acc.get_interfaces():
            return None
        return Atspi.Text.get_text(acc, 0, Atspi.Text.get_character_count(acc))
    except Exception:
        return None


def node(acc, depth=0):
    def safe(f, default=""):
        try:
            return f() or default
        except Exception:
            return default
    return Node(acc, depth, safe(acc.get_role_name, "?"), safe(acc.get_name), safe(acc.get_description),
                text_of(acc), _states(acc))


def children(acc):
    try:
        count = acc.get_child_count()
    except Exception:
        return []
    out = []
    for i in range(count):
        try:
            child = acc.get_child_at_index(i)
        except Exception:
            child = None
        if child is not None:
            out.append(child)
    return out


def walk(root, max_depth=60):
    """Every node under root (an Atspi.Accessible or a Node; root first), fresh from the application."""
    root = getattr(root, "acc", root)
    try:
        root.clear_cache()
    except Exception:
        pass
    stack = [(root, 0)]
    while stack:
        acc, depth = stack.pop()
        yield node(acc, depth)
        if depth < max_depth:
            stack.extend((c, depth + 1) for c in reversed(children(acc)))


def _matches(value, expected):
    if expected is None:
        return True
    if isinstance(expected, re.Pattern):
        return expected.search(value or "") is not None
    return value == expected


def find_all(root, role=None, name=None, text=None, showing=False):
    """Nodes under root with this role (e.g. "push button"), name and text; name and text are an
    exact string or a compiled regex (re.compile(...), searched). showing=True keeps only nodes
    that are on the screen."""
    return [n for n in walk(root)
            if _matches(n.role, role) and _matches(n.name, name)
            and (text is None or _matches(n.text or "", text))
            and (not showing or "showing" in n.states)]


def find(root, role=None, name=None, text=None, showing=False):
    """The first node that find_all() gives, or None."""
    found = find_all(root, role, name, text, showing)
    return found[0] if found else None


def dump(root, max_depth=60):
    """The tree under root as indented text: role 'name' text=… [states]."""
    return "\n".join(n.line() for n in walk(root, max_depth))


def wait_for(probe, timeout=DEFAULT_TIMEOUT, what="the condition", context=None, interval=0.2):
    """Calls probe() until it returns something true and returns that; raises AtspiError after
    timeout seconds, with context() (e.g. a dump) in the message."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            value = probe()
        except Exception as e:  # objects come and go while the window changes
            value, last_error = None, e
        else:
            last_error = None
        if value:
            return value
        if time.monotonic() >= deadline:
            message = f"timed out after {timeout:.0f} s waiting for {what}"
            if last_error is not None:
                message += f" (last error: {last_error})"
            if context is not None:
                try:
                    message += "\n" + context()
                except Exception as e:
                    message += f"\n(could not read the window: {e})"
            raise AtspiError(message)
        time.sleep(interval)


def applications():
    """The applications on the accessibility bus, by name."""
    desktop = Atspi.get_desktop(0)
    desktop.clear_cache()
    return {a.get_name(): a for a in children(desktop)}


def wait_for_application(name, timeout=DEFAULT_TIMEOUT):
    """The application whose accessible name is `name` (Qt uses QCoreApplication::applicationName)."""
    return wait_for(lambda: applications().get(name), timeout,
                    what=f"application {name!r} on the accessibility bus",
                    context=lambda: "applications: " + ", ".join(repr(n) for n in applications()))


def wait_for_application_of(pid, timeout=DEFAULT_TIMEOUT):
    """The application on the accessibility bus whose process is `pid`: for when another process of
    the same name comes and goes (e.g. a second start that hands over to the running one)."""
    def probe():
        desktop = Atspi.get_desktop(0)
        desktop.clear_cache()
        for a in children(desktop):
            try:
                if a.get_process_id() == pid:
                    return a
            except Exception:
                pass
        return None
    return wait_for(probe, timeout, what=f"the application of process {pid} on the accessibility bus",
                    context=lambda: "applications: " + ", ".join(repr(n) for n in applications()))


def wait_for_node(root, role=None, name=None, text=None, timeout=DEFAULT_TIMEOUT, showing=False):
    """Like find(), waiting until it appears; the failure message holds the tree."""
    return wait_for(lambda: find(root, role, name, text, showing), timeout,
                    what=f"{role or 'any role'} named {name!r}" + (f" with text {text!r}" if text is not None else ""),
                    context=lambda: dump(root))


def actions(acc):
    """The names of the actions acc offers (Qt: "Press", "Toggle", "SetFocus", …)."""
    acc = getattr(acc, "acc", acc)
    try:
        if acc.get_action_iface() is None:
            return []
        return [Atspi.Action.get_action_name(acc, i) for i in range(Atspi.Action.get_n_actions(acc))]
    except Exception:
        return []


def click(acc, action=None):
    """Does acc's default action (the first one, "Press" on a Qt button) or the named one."""
    acc = getattr(acc, "acc", acc)
    names = actions(acc)
    if not names:
        raise AtspiError(f"{node(acc).line().strip()} has no action to do")
    index = 0 if action is None else names.index(action)
    if not Atspi.Action.do_action(acc, index):
        raise AtspiError(f"{node(acc).line().strip()}: action {names[index]!r} failed")


KEYSYMS = {"Escape": 0xFF1B, "space": 0x20, "Return": 0xFF0D, "Tab": 0xFF09, "Up": 0xFF52, "Down": 0xFF54}


def press_key(key):
    """Presses and releases a key (a name of KEYSYMS or a keysym number) through the X server
    (XTest), to the focused window: for what AT-SPI actions cannot do, e.g. a Qt 6.4 page tab
    offers only "SetFocus", so activate() focuses it and presses space."""
    keysym = KEYSYMS.get(key, key)
    if not Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM):
        raise AtspiError(f"could not press {key!r}")


CONTROL_L_KEYCODE = 37  # Control_L in Xvfb's default keymap


def press_ctrl(key):
    """Presses Ctrl+key (a KEYSYMS name, a keysym number or one character) through the X server:
    for the window's shortcuts (Ctrl+F, Ctrl+G, Ctrl+O, Ctrl+Q)."""
    if isinstance(key, str) and len(key) == 1:
        key = ord(key)
    Atspi.generate_keyboard_event(CONTROL_L_KEYCODE, None, Atspi.KeySynthType.PRESS)
    try:
        press_key(key)
    finally:
        Atspi.generate_keyboard_event(CONTROL_L_KEYCODE, None, Atspi.KeySynthType.RELEASE)


def type_keys(text):
    """Types printable ASCII text into whatever has the keyboard focus, a key per character."""
    if any(not (0x20 <= ord(c) < 0x7F) for c in text):
        raise AtspiError(f"type_keys types printable ASCII only, not {text!r}")
    for c in text:
        press_key(ord(c))


def type_text(acc, text):
    """Types text into a text field as a user would: focuses it ("SetFocus") and presses a key per
    character through the X server (printable ASCII only: its keysyms are its code points)."""
    if any(not (0x20 <= ord(c) < 0x7F) for c in text):
        raise AtspiError(f"type_text types printable ASCII only, not {text!r}")
    click(acc, "SetFocus")
    for c in text:
        press_key(ord(c))


def activate(acc):
    """Acts on acc as a user would: its "Press" (or "Toggle") action, else focus and space."""
    names = actions(acc)
    for action in ("Press", "Toggle"):
        if action in names:
            return click(acc, action)
    if "SetFocus" not in names:
        raise AtspiError(f"{node(getattr(acc, 'acc', acc)).line().strip()} can be neither pressed nor focused")
    click(acc, "SetFocus")
    press_key("space")


def read_text(acc):
    """What a text field or label shows. A text field's text is its Text interface's; Qt 6.4 gives a
    Label an empty Text interface and its text as the accessible name."""
    acc = getattr(acc, "acc", acc)
    text = text_of(acc)
    if text or acc.get_role_name() in ("text", "password text", "entry"):
        return text or ""
    return acc.get_name() or ""


def unnamed_controls(root):
    """Controls (buttons, fields, check boxes, tabs, list items, …) that are on the screen and
    have no accessible name and no text: a screen reader can only say their role."""
    return [n for n in walk(root)
            if n.role in CONTROL_ROLES and "showing" in n.states and not n.name.strip()
            and not (n.text or "").strip()]


def main(argv):
    """python3 atspi_window.py [--list-unnamed] [APPLICATION]: prints the application's tree, or
    with --list-unnamed only the controls without a name (exit status 1 when there are some)."""
    args = [a for a in argv if not a.startswith("--")]
    name = args[0] if args else "miragedesk"
    app = wait_for_application(name)
    if "--list-unnamed" in argv:
        found = unnamed_controls(app)
        for n in found:
            print(n.line().strip())
        return 1 if found else 0
    print(dump(app))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
