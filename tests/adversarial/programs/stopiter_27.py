"""A helper without LM calls raises StopIteration explicitly; nothing catches it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def first(xs):
    if not xs:
        raise StopIteration
    return xs[0]


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    return a + first(topics)
