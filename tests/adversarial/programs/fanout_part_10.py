"""A loop in a branch fans out; the branch's list is returned."""

import autoform as af

CAUSE = "fanout"
ARGS = (["a", "b", "c"], True)
FAIL = {"b"}


def main(items: list, go: bool):
    if go:
        got = []
        for it in items:
            got.append(af.lm_call([{"role": "user", "content": it}], model="m"))
        return got
    return []
