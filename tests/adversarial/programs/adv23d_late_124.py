"""Lambdas made in a fanned loop body capture the loop variable late."""
import autoform as af

CAUSE = "late binding of closures in fanned loop"
ARGS = (["a", "b", "c"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    fns = []
    out = []
    for x in xs:
        r = ask(x)
        fns.append(lambda: x + r)
        out.append(r)
    return out, [f() for f in fns]
