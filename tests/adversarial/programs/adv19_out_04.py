"""print(end='') pieces and flush, interleaved with a failing call."""

import autoform as af

CAUSE = "partial lines before failure"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs"]


def main(items: list):
    out = []
    for t in items:
        print(t, end=" ", flush=True)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    print()
    return out
