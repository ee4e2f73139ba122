"""The reply of item 0 is parsed after the call (int raises); item 1's prompt would fail
with a TypeError; the ValueError must win."""

import autoform as af

CAUSE = "post-part error before later pre-part error"
ARGS = (["owls", 5, "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": "n=" + t}], model="m")
        out.append(int(r))
    return out
