"""Items print with end and flush, then a pure step of theirs raises IndexError."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    out = []
    for i, it in enumerate(items):
        print("item", it, end=" ", flush=True)
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(r.split()[i])
    return out
