"""Results collected through a bound method saved in a variable (`add = results.append`)."""

import autoform as af

CAUSE = "bound append alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    results = []
    add = results.append
    for t in items:
        add(af.lm_call([{"role": "user", "content": f"{t} after {len(results)}"}], model="m"))
    return results
