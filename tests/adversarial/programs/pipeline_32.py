"""A collecting loop over enumerate(generator); the generator prints; the second call fails."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)
FAIL = ["bat"]


def items(topics):
    for t in topics:
        print("yield", t)
        yield t


def main(topics: list[str]):
    out = {}
    for i, t in enumerate(items(topics)):
        out[i] = af.lm_call([{"role": "user", "content": t}], model="m")
    return out
