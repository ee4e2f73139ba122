"""Qualname of a lambda made inside a lambda, in main beside asks (no loop)."""
import autoform as af

CAUSE = "qualname of lambda in lambda"
ARGS = ("owls", "cats")

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(a, b):
    mk = lambda: (lambda: 0)  # noqa: E731
    return ask(a), ask(b), mk().__qualname__
