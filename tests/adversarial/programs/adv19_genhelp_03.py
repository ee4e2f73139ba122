"""A helper's if test is all() over a generator of replies."""

import autoform as af

CAUSE = "genexp in if test in helper"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def check(items):
    if all(ask(t).startswith("<") for t in items):
        return "all ok"
    return "bad"


def main(items: list):
    return check(items), check(items[:1])
