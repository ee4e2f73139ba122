"""items() view of the results in a helper's prompt: a loop of per-item stores."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    pairs = done.items()
    for t in items:
        ctx = "; ".join(f"{k}={v[-4:]}" for k, v in pairs)
        done[t] = af.lm_call([{"role": "user", "content": f"{t} | {ctx}"}], model="m")
    return done
