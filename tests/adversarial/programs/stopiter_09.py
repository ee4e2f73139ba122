"""A lambda takes the first item with next(); called on an empty list, not caught."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    head = lambda xs: next(iter(xs))  # noqa: E731
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    return a + head(topics)
