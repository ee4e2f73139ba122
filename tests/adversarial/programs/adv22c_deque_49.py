"""deque with maxlen keeps the last two replies, snapshot per item."""

import autoform as af

CAUSE = "deque append order"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


from collections import deque


def main(items):
    d = deque(maxlen=2)
    out = []
    for x in items:
        r = ask(x)
        d.append(r)
        out.append(list(d))
    return out
