"""next() called with its arguments unpacked from a list: no default, exhausted iterator."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([],)


def main(topics: list[str]):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    call_args = [iter(topics)]
    return a + next(*call_args)
