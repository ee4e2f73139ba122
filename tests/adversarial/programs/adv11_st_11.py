"""A deque with maxlen keeps the last two replies; each prompt quotes the window."""

import collections

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs", "bees"],)


def main(topics: list):
    window = collections.deque(maxlen=2)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} | {' '.join(window)}"}], model="m")
        window.append(r[:6])
        out.append(r)
    return out
