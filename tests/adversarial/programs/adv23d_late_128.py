"""A nested def in a fanned loop body mutates a loop-scoped list via closure after the loop."""
import autoform as af

CAUSE = "closures share the function's cell"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    adders = []
    acc = []
    for x in xs:
        r = ask(x)

        def add(v=r):
            acc.append(v + x)

        adders.append(add)
    acc = ["fresh"]
    for f in adders:
        f()
    return acc
