"""traceback.print_exc in main's except around a fanned loop whose item fails in a helper."""
import traceback

import autoform as af

CAUSE = "traceback frames of a fanned item caught outside the loop"
ARGS = (["a", "b", "c"],)

def check(r):
    if "b" in r:
        raise ValueError("bad " + r)
    return r

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    try:
        for x in xs:
            r = ask(x)
            out.append(check(r))
    except ValueError:
        traceback.print_exc()
    return out
