"""A nested def takes the first item with next(); the function catches StopIteration."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    def head():
        return next(iter(topics))

    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        t = head()
    except StopIteration:
        t = "none"
    return a + t
