"""Loop over a dict that the body adds keys to: the second step raises RuntimeError."""

import autoform as af

CAUSE = "dict changed size during iteration"
ARGS = ({"a": "owls", "b": "cats"},)


def main(d: dict):
    out = []
    try:
        for k in d:
            r = af.lm_call([{"role": "user", "content": d[k]}], model="m")
            d[k + "x"] = r
            out.append(r)
    except RuntimeError as e:
        print("stopped:", e)
    return out
