"""Nested def and lambda and class in a fanned loop body: qualnames and reprs."""
import autoform as af

CAUSE = "qualname of defs in loop body"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)

        def inner():
            return r

        lam = lambda: r  # noqa: E731

        out.append((r, inner.__qualname__, inner.__name__, inner.__code__.co_name,
                    lam.__qualname__))
    return out
