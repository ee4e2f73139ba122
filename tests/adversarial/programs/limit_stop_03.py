"""A StopIteration out of gen.send() in a loop, after the items' calls."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = (["owl", "bat"],)


def sink():
    while True:
        got = yield
        if got.endswith("bat>"):
            return


def main(topics: list[str]):
    gen = sink()
    next(gen, None)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        gen.send(r)
        out.append(r)
    return out
