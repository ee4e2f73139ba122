"""''.join of a generator whose element logs a bad record (Call stack through the genexpr)."""
import logging

import autoform as af

CAUSE = "bad log record in listed genexpr"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    first = ask("first")
    s = "".join(logging.warning("el %d", x) or ask(x) for x in xs)
    return first, s
