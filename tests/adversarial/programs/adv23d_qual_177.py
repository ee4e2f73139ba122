"""A generator function defined in main and consumed beside asks: its frame names."""
import sys

import autoform as af

CAUSE = "nested generator code names"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    def gen():
        for x in xs:
            yield sys._getframe().f_code.co_qualname + x

    out = []
    for x in xs:
        out.append(ask(x))
    g = gen()
    return out, list(g), g.__qualname__, g.__name__
