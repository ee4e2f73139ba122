"""A list comprehension element reads its caller's frame name and line."""
import sys

import autoform as af

CAUSE = "listcomp f_back"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    first = ask("first")
    return first, [ask(x) + sys._getframe(1).f_code.co_name + str(sys._getframe().f_back.f_lineno) for x in xs]
