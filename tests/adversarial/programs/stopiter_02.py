"""A helper without LM calls raises StopIteration explicitly; the function catches it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def first(xs):
    for x in xs:
        return x
    raise StopIteration("empty")


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        t = first(topics)
    except StopIteration:
        t = "default"
    return a + af.lm_call([{"role": "user", "content": t}], model="m")
