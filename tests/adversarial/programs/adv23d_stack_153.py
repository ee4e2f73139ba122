"""stacklevel=3 from a helper in a listed generator element names main."""
import logging

import autoform as af

CAUSE = "stacklevel through listed genexpr"
ARGS = (["a", "b"],)
logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", force=True)

def note(v):
    logging.warning("note %s", v, stacklevel=3)
    return v

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return "".join(note(ask(x)) for x in xs)
