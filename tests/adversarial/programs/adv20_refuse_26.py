"""locals() read after calls in a loop."""


import autoform as af

CAUSE = "locals read after calls in a loop."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        out.append(r)
    return out, sorted(locals())
