"""traceback.print_stack from a helper called in a listed generator's element."""
import traceback

import autoform as af

CAUSE = "stack from listed genexpr"
ARGS = (["a", "b"],)

def show(v):
    traceback.print_stack(limit=3)
    return v

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return "".join(show(ask(x)) for x in xs)
