"""A listed generator's element reads its caller's frame name (sys._getframe(1))."""
import sys

import autoform as af

CAUSE = "listed genexpr f_back"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return ",".join(ask(x) + sys._getframe(1).f_code.co_name for x in xs)
