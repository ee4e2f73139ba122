"""try/except/else/finally with LM calls in each part."""

import autoform as af

CAUSE = "calls in every try part"
ARGS = ("owls", "cats", "dogs", "emus")
FAIL = ["owls"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b, c, d):
    out = []
    try:
        out.append(ask(a))
    except RuntimeError:
        out.append(ask(b))
    else:
        out.append(ask(c))
    finally:
        out.append(ask(d))
    return out
