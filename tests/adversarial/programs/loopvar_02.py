"""The second loop rebinds the shared variable only on some items; it is read after."""

import autoform as af

CAUSE = "loop-variable"
ARGS = (["owl", "bat"], ["x", "y"])


def main(topics: list[str], extra: list[str]):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    for e in extra:
        if e == "z":
            t = e
    return [out, t]
