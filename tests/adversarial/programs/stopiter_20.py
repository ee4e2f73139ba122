"""contextlib.suppress(StopIteration) around next() (a StopIteration cannot leave)."""

import contextlib

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    t = "none"
    with contextlib.suppress(StopIteration):
        t = next(iter(topics))
    return a + t
