"""Qualname of a def made inside a lambda-called def inside a lambda... : a lambda returning a nested def's lambda."""
import autoform as af

CAUSE = "qualname of lambda in lambda in nested def"
ARGS = ("owls", "cats")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    def outer():
        return lambda: (lambda: 0)

    x = ask(a)
    return x, ask(b), outer()().__qualname__, repr(outer()()).split(" at ")[0]
