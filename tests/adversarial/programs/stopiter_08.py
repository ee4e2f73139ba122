"""next reached through a local alias, on an exhausted iterator, not caught."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    advance = next
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    return a + advance(iter(topics))
