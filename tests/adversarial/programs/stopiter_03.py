"""A helper with an LM call raises StopIteration explicitly; the function catches it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def first_answer(xs):
    a = af.lm_call([{"role": "user", "content": "pick"}], model="m")
    if not xs:
        raise StopIteration(a)
    return af.lm_call([{"role": "user", "content": xs[0]}], model="m")


def main(topics: list[str]):
    try:
        return first_answer(topics)
    except StopIteration as stop:
        return "none after " + str(stop)
