"""Objects that run code when they are freed, in a module of their own."""

from typing import ClassVar


class Tracked:
    freed: ClassVar[list] = []

    def __init__(self, text):
        self.text = text

    def __del__(self):
        Tracked.freed.append(self.text[:8])


def lines(text, log):
    try:
        yield from text.split(":")
    finally:
        log.append("closed " + text[:6])
