"""co_name/co_qualname read by sys._getframe inside a fanned loop's nested lambda chain."""
import sys

import autoform as af

CAUSE = "frame code names in nested lambdas in fanned loop"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        r = ask(x)
        out.append((r, (lambda: (lambda: sys._getframe().f_code.co_qualname)())()))
    return out
