"""Reads the accessibility tree of the running Journeymap through AT-SPI,
as a screen reader such as Orca does, and prints it as JSON lines: one
object per node, with its depth, role and name. Waits up to 60 s for the
application and its table to appear."""

import json
import sys
import time

import pyatspi


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and (app.name or "").lower() == "journeymap":
            return app
    return None


def walk(node, depth, out):
    try:
        role = node.getRoleName()
        name = node.name or ""
        description = node.description or ""
        count = node.childCount
    except Exception:  # a node gone while reading
        return
    out.append({"depth": depth, "role": role, "name": name, "description": description})
    for i in range(count):
        child = node.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    deadline = time.time() + 60
    nodes = []
    while time.time() < deadline:
        app = find_app()
        if app is not None:
            nodes = []
            walk(app, 0, nodes)
            if any(n["role"] == "table cell" for n in nodes):
                break
        time.sleep(0.5)
    for node in nodes:
        print(json.dumps(node, ensure_ascii=False))
    return 0 if nodes else 1


if __name__ == "__main__":
    sys.exit(main())
