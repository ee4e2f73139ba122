"""Qualname of a lambda given as a default argument of a nested def, beside asks."""
import autoform as af

CAUSE = "qualname of lambda in default"
ARGS = ("owls", "cats")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    x = ask(a)

    def f(g=lambda: 0):
        return g

    y = ask(b)
    return x, y, f().__qualname__, (lambda k=(lambda: 1): k)().__qualname__
