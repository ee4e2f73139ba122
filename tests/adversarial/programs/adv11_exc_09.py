"""A helper takes the first line of a reply with next(iter(...)) on a possibly empty list:
StopIteration leaks out of main as written."""

import autoform as af

CAUSE = "exceptions"
ARGS = ("owls",)


def first_line(r):
    return next(iter([x for x in r.split("\n") if x.startswith("#")]))


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    return first_line(a)
