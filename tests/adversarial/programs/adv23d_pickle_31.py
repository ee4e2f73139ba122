"""pickle of a nested function defined in a loop body fails by qualname."""
import pickle

import autoform as af

CAUSE = "pickle nested function"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)

        def inner():
            return r

        try:
            pickle.dumps(inner)
            out.append("pickled")
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out
