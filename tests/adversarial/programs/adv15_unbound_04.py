"""The last item of an earlier loop that ran zero times, read by each item of a loop."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], [])


def main(items: list, extras: list):
    for last in extras:
        print("extra", last)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, last))
    return out
