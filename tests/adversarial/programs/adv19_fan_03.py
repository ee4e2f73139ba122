"""Loop with a try/finally around the call that prints in the finally."""

import autoform as af

CAUSE = "finally in loop body"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    for t in items:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        finally:
            print("done", t)
        out.append(r)
    return out
