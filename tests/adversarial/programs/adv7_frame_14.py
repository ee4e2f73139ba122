"""A failure is caught and its traceback printed (traceback.print_exc)."""

import traceback

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    try:
        b = ask("bad " + topic)
    except Exception:
        traceback.print_exc(limit=1)
        b = "none"
    return [a, b]
