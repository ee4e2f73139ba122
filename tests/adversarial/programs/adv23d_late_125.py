"""Nested defs made in a fanned loop body capture a local rebound after the loop."""
import autoform as af

CAUSE = "late binding of closures in fanned loop"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    fns = {}
    tag = "before"
    for x in xs:
        r = ask(x)

        def show():
            return tag + ":" + r

        fns[x] = show
    tag = "after"
    return {k: f() for k, f in fns.items()}
