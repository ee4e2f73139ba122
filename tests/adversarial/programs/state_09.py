"""A plain helper (no LM call) writes module state that an LM helper then reads."""

import autoform as af

CAUSE = 1
ARGS = ("pears",)
PREFS = {}


def remember(k, v):
    PREFS[k] = v


def ask(q):
    return af.lm_call([{"role": "user", "content": f"{q} {sorted(PREFS.items())}"}], model="m")


def main(topic: str):
    a = ask(topic)
    remember("length", "short")
    b = ask(topic)
    return a + "|" + b
