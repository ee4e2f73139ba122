"""next() in the else clause of a try that catches StopIteration: not covered by it."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl"],)


def main(topics: list[str]):
    it = iter(topics)
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        first = next(it)
    except StopIteration:
        first = "none"
    else:
        first = first + next(it)
    return a + first
