"""Counter.update per reply then most_common snapshot."""

import autoform as af

CAUSE = "Counter update order"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


from collections import Counter


def main(items):
    c = Counter()
    out = []
    for x in items:
        r = ask(x)
        c.update(r)
        out.append(c.most_common(1))
    return out
