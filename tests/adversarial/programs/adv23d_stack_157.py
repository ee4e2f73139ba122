"""stacklevel=3 from a helper called in a dict comprehension."""
import logging

import autoform as af

CAUSE = "stacklevel through dictcomp"
ARGS = (["a", "b"],)
logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", force=True)

def note(v):
    logging.warning("note %s", v, stacklevel=3)
    return v

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return {x: note(ask(x)) for x in xs}
