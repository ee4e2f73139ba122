"""continue skips the call for some items; the prints show which."""

import autoform as af

CAUSE = "control"
ARGS = (["a", "", "b", ""],)


def main(items: list):
    out = []
    for it in items:
        if not it:
            print("skip")
            continue
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
