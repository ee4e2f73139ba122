"""print_exc(limit=1) in a fanned-out loop's except: one item's call fails."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]


def main(topics: list):
    out = []
    for t in topics:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except Exception:
            traceback.print_exc(limit=1)
            r = None
        out.append(r)
    return out
