"""A deque of hints made in main: each item pops a hint for its prompt and pushes the
reply's tail back as a hint for a later item."""

import collections

import autoform as af

CAUSE = "deque pop and push across items"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    hints = collections.deque(["start"])
    out = []
    for t in items:
        h = hints.popleft() if hints else "none"
        r = af.lm_call([{"role": "user", "content": f"{t} hint={h}"}], model="m")
        hints.append(r[-6:])
        out.append(r)
    return out
