"""next(it) with a handler for StopIteration under an alias name (`Done = StopIteration`)."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)
Done = StopIteration


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        t = next(iter(topics))
    except Done:
        t = "none"
    return a + t
