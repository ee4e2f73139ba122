"""stacklevel=2 from a helper in a fanned loop body."""
import logging

import autoform as af

CAUSE = "stacklevel in fanned loop"
ARGS = (["a", "b"],)
logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s", force=True)

def note(v):
    logging.warning("note %s", v, stacklevel=2)
    return v

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    out = []
    for x in xs:
        out.append(note(ask(x)))
    return out
