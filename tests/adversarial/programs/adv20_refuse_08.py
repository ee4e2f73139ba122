"""A lambda in a block header not containing the LM call."""


import autoform as af

CAUSE = "A lambda in a block header not containin"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in sorted(items, key=lambda s: s[::-1]):
        out.append(ask(t))
    return out
