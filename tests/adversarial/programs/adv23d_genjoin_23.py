"""''.join over a generator whose element logs; one element fails."""
import logging

import autoform as af

CAUSE = "listed genexpr failure"
ARGS = (["a", "b", "c"],)
FAIL = ["b"]

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    first = ask("first")
    try:
        return "".join(logging.warning("j %s", x) or ask(x) for x in xs)
    except af.LMFailure as e:
        return first + " failed " + str(e)
