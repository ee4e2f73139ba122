"""for-else: the else runs when no break happened, and asks once more."""

import autoform as af

CAUSE = "control"
ARGS = (["p", "q"],)


def main(items: list):
    found = None
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        if "zzz" in r:
            found = r
            break
    else:
        found = af.lm_call([{"role": "user", "content": "nothing found"}], model="m")
    return found
