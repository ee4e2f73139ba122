"""Qualnames of a def nested in a nested def, and of a lambda inside a nested def, in a fanned loop."""
import autoform as af

CAUSE = "qualname of doubly nested functions"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)

        def outer():
            def inner():
                return r
            return inner, (lambda: r)

        i, lam = outer()
        out.append((i.__qualname__, lam.__qualname__, i.__code__.co_qualname))
    return out
