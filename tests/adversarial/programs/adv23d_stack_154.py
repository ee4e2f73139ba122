"""stacklevel=3 from a helper in a list comprehension element names main."""
import logging

import autoform as af

CAUSE = "stacklevel through listcomp"
ARGS = (["a", "b"],)
logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", force=True)

def note(v):
    logging.warning("note %s", v, stacklevel=3)
    return v

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return [note(ask(x)) for x in xs]
