"""In a loop, the second item's `.split()[i]` raises IndexError before the third item's call
fails: the loop's first error is the index's."""

import autoform as af

CAUSE = "deferred"
ARGS = (["a", "b", "c FAIL"],)
FAIL = {"FAIL"}


def main(qs: list[str]):
    out = []
    for i, q in enumerate(qs):
        r = af.lm_call([{"role": "user", "content": q}], model="m")
        out.append(r.split()[i])
    return out
