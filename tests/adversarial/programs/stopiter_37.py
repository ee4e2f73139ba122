"""next() under `except* StopIteration` (an exception group handler catches it)."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    t = "none"
    try:
        t = next(iter(topics))
    except* StopIteration:
        pass
    return a + t
