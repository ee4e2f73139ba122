"""A global rebound inside main (`global STYLE`) between calls; a helper reads STYLE for
its prompt."""

import autoform as af

CAUSE = "global rebinding read by helper"
ARGS = (["owls", "cats", "dogs"],)
STYLE = "short"


def ask(t):
    return af.lm_call([{"role": "user", "content": f"{STYLE}: {t}"}], model="m")


def main(items: list):
    global STYLE
    a = ask(items[0])
    STYLE = "long" if len(a) > 5 else "tiny"
    b = ask(items[1])
    STYLE = "final"
    c = ask(items[2])
    return a, b, c
