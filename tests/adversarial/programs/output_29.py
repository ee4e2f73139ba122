"""A loop in a branch whose items print before their call; the second item fails: the
first two prints, no print after the loop."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b FAIL", "c"], True)
FAIL = {"FAIL"}


def main(items: list[str], go: bool):
    if go:
        out = []
        for x in items:
            print("item", x)
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        print("done", out)
    return go
