"""Each item's id goes through an f-string tag into its prompt; the last id has more than
4300 digits (ValueError); earlier replies are printed."""

import autoform as af

CAUSE = "huge int tag in fanned loop"
ARGS = (["owls", "cats", "dogs"], [1, 2, 10**5000])


def main(items: list[str], ids: list[int]):
    out = []
    for t, n in zip(items, ids):
        tag = f"{n}"
        r = af.lm_call([{"role": "user", "content": t + tag[:3]}], model="m")
        print("reply:", r)
        out.append(r)
    return out
