"""next() guarded by a test that the list is not empty: it cannot raise (precision)."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    first = next(iter(topics)) if topics else "none"
    a = af.lm_call([{"role": "user", "content": first}], model="m")
    return a
