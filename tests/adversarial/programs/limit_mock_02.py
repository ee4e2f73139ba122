"""A primitive replaced by a recording function (no mock) for a loop that appends."""

import autoform as af

CAUSE = "rebind"
ARGS = (["a", "bb", "ccc", "dddd"],)
LOG = []


@af.primitive
def score(text: str) -> int:
    return len(text)


def recording(text):
    LOG.append(text)
    return -len(text)


def main(items: list[str]):
    global score
    score = recording
    out = []
    for item in reversed(items):
        reply = af.lm_call([{"role": "user", "content": item}], model="m")
        out.append(score(reply))
    return out
