"""Qualname of a lambda made in a comprehension element (turned into a loop) and a genexpr."""
import autoform as af

CAUSE = "qualname of lambda in comprehension"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    ys = [(ask(x), (lambda: x).__qualname__) for x in xs]
    zs = sorted(ask(x) + (lambda: 0).__qualname__ for x in xs)
    ws = {ask(x): (lambda: 0).__code__.co_qualname for x in xs}
    return ys, zs, ws
