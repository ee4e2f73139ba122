"""An uncaught failure raised from a nested function inside a fanned loop."""
import autoform as af

CAUSE = "uncaught traceback from nested fn in loop"
ARGS = (["a", "b", "c"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    def check(r):
        if "b" in r:
            raise ValueError("bad " + r)
        return r

    out = []
    for x in xs:
        out.append(check(ask(x)))
    return out
