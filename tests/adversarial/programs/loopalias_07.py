"""A loop reads the list it fills under a condition that holds in this run."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b", "c"], True)


def main(items: list[str], chain: bool):
    out = []
    for it in items:
        prompt = it
        if chain and out:
            prompt = it + " after " + out[-1]
        out.append(af.lm_call([{"role": "user", "content": prompt}], model="m"))
    return out
