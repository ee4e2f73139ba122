"""The classic while True / next() / except StopIteration: break loop, asking per item."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl", "bat"],)


def main(topics: list[str]):
    it = iter(topics)
    out = []
    while True:
        try:
            t = next(it)
        except StopIteration:
            break
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out
