"""A module-level counter is replaced by a finite iterator inside the function, then advanced."""

import itertools

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)
TICKETS = itertools.count()


def main(topic: str):
    global TICKETS
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    TICKETS = iter([])
    n = next(TICKETS)
    return a + str(n)
