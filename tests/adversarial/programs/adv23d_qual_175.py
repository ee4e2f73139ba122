"""Qualname of a lambda in a nested comprehension element and of a lambda in a loop's lambda."""
import autoform as af

CAUSE = "qualname of lambda in nested comprehension"
ARGS = (["a", "b"], ["1"])

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, ys):
    out = [[ask(x + y) + (lambda: (lambda: 0))().__qualname__ for y in ys] for x in xs]
    for x in xs:
        r = ask(x)
        out.append((lambda: (lambda: r))().__qualname__)
    return out
