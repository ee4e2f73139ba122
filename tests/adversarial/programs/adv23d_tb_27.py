"""traceback.print_exc from a failure in a fanned-out item."""
import traceback

import autoform as af

CAUSE = "traceback from fanned item"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        try:
            out.append(ask(x))
        except af.LMFailure:
            traceback.print_exc()
            out.append("failed")
    return out
