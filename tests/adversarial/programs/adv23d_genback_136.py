"""logging with stack_info=True from a listed generator's element."""
import logging

import autoform as af

CAUSE = "stack_info from listed genexpr"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return "".join(ask(x) for x in xs if not logging.warning("el %s", x, stack_info=True))
