"""Collect with out += [reply] and out += reply (chars)."""

import autoform as af

CAUSE = "list += collection"
ARGS = (["ow", "ca"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    chars = []
    for x in items:
        r = ask(x)
        out += [r]
        chars += r[3:5]
    return out, chars
