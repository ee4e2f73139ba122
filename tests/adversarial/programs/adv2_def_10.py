"""A note is added to a KeyError and it is re-raised; the notes are returned by the caller
that catches; the lookup stands after an independent call."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
TABLE = {"a": 1}


def look(k):
    try:
        return TABLE[k]
    except KeyError as exc:
        exc.add_note("while looking up " + k)
        raise


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    try:
        n = look(topic)
    except KeyError as exc:
        print("notes", exc.__notes__)
        n = 0
    b = af.lm_call([{"role": "user", "content": topic * (n + 1)}], model="m")
    return [a, b]
