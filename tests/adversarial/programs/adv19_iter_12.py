"""enumerate(start=) and zip(strict=True) mismatch raising after some items."""

import autoform as af

CAUSE = "zip strict mismatch"
ARGS = (["owls", "cats", "dogs"], [1, 2])


def main(items: list, ns: list):
    out = []
    try:
        for i, (t, n) in enumerate(zip(items, ns, strict=True), start=5):
            out.append(af.lm_call([{"role": "user", "content": f"{i}{t * n}"}], model="m"))
    except ValueError as e:
        print(e)
    return out
