"""A primitive (run on a worker thread) lets a StopIteration out; the function catches it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


@af.primitive
def first_row(rows: list) -> str:
    return next(iter(rows))


def main(rows: list):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        row = first_row(rows)
    except StopIteration:
        row = "no rows"
    return a + row
