"""traceback.print_exc of a failure raised inside a listed generator."""
import traceback

import autoform as af

CAUSE = "traceback through listed genexpr"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    try:
        return sorted(print("el", x) or ask(x) for x in xs)
    except af.LMFailure:
        traceback.print_exc()
        return "failed"
