"""A fanned-out loop where items 0 and 2 fail with different errors: item 0's is raised."""

import autoform as af

CAUSE = "errors"
ARGS = (["bad0", "ok1", "bad2"],)
FAIL = {"bad0": TimeoutError, "bad2": PermissionError}


def main(items: list):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
