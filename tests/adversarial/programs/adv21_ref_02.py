"""logging.warning with stack_info inside a loop of calls."""

import logging

import autoform as af

CAUSE = "stack_info in loop"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        logging.warning("got %s", r, stack_info=True)
        out.append(r)
    return out
