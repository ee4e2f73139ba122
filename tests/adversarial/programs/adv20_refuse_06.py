"""A generator expression that does not contain the LM call, in the same loop."""


import autoform as af

CAUSE = "A generator expression that does not con"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        n = sum(1 for ch in t if ch == "s")
        out.append((r, n))
    return out
