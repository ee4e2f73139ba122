"""A helper with an LM call raises KeyboardInterrupt-like SystemExit after a print."""

import sys

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)


def ask_or_quit(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    if "owl" in r:
        print("quitting on", r)
        sys.exit(3)
    return r


def main(topic: str):
    a = ask_or_quit(topic)
    b = af.lm_call([{"role": "user", "content": "other"}], model="m")
    print("after")
    return [a, b]
