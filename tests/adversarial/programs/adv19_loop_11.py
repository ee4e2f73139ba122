"""Loop over zip with reversed; FAIL in the middle; prints before each call."""

import autoform as af

CAUSE = "zip reversed with failure"
ARGS = (["owls", "cats", "dogs"], [1, 2, 3])
FAIL = ["cats"]


def main(items: list, ns: list):
    out = []
    for t, n in zip(reversed(items), ns):
        print("ask", t, n)
        out.append(af.lm_call([{"role": "user", "content": t * n}], model="m"))
    return out
