"""Keyword-only annotated param, log in a comprehension element inside main."""
import logging

import autoform as af

CAUSE = "log record judged formattable: kwonly annotation in comprehension"
ARGS = (["a", "b"],)

def ask(t, *, n: int = "x"):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r

def main(xs):
    return [ask(x) for x in xs], ask("z")
