"""Log with funcName from a lambda called in a fanned loop."""
import logging

import autoform as af

logging.basicConfig(format="%(funcName)s:%(lineno)d:%(filename)s %(message)s", force=True)

CAUSE = "funcName of lambda"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    note = lambda v: logging.warning("lam %s", v) or v  # noqa: E731
    out = []
    for x in xs:
        out.append(note(ask(x)))
    return out
