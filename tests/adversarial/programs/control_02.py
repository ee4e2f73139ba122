"""A loop breaks on the second reply: the third item is not asked."""

import autoform as af

CAUSE = "control"
ARGS = (["a", "stop", "c"],)


def main(items: list):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(r)
        if "stop" in r:
            break
    return out
