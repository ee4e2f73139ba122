"""traceback.print_stack inside a fanned loop item and a nested function."""
import traceback

import autoform as af

CAUSE = "stack from fanned item"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    def show(r):
        traceback.print_stack(limit=2)
        return r

    out = []
    for x in xs:
        out.append(show(ask(x)))
    return out
