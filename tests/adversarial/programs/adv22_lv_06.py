"""A traceback of a failure in a fanned-out item, printed."""
import traceback

import autoform as af

CAUSE = "item frame name"
ARGS = (["owls", "cats"],)

def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            {}[r]
        except KeyError:
            traceback.print_exc()
        out.append(r)
    return out
