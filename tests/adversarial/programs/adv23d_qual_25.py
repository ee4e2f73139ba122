"""co_name of the current frame inside fanned-out loop and comprehension."""
import inspect

import autoform as af

CAUSE = "frame code names in items"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)
        f = inspect.currentframe()
        out.append((r, f.f_code.co_name, f.f_code.co_qualname))
    return out
