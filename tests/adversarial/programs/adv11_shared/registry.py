"""A registry of seen prompts and a counter, kept in this module's globals."""

SEEN = []
HITS = {"n": 0}


def note(text):
    SEEN.append(text)
    HITS["n"] += 1
    return len(SEEN)


def seen_count():
    return len(SEEN)


class Tracker:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        Tracker.calls += 1
        return f"{self.name}#{Tracker.calls}"
