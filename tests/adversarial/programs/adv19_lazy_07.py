"""enumerate of a generator with a break in the consuming loop."""

import autoform as af

CAUSE = "break over enumerate generator"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for i, r in enumerate(af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        if i == 1:
            break
        out.append(r)
    return out
