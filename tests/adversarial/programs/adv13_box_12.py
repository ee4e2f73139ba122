"""Straight-line then loop: `everything = results` made after one call; the loop appends
replies to `results` and prints nothing, and the final prompt counts `everything`."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    results = [af.lm_call([{"role": "user", "content": "intro"}], model="m")]
    everything = results
    for t in items:
        results.append(
            af.lm_call([{"role": "user", "content": f"{t}/{len(everything)}"}], model="m")
        )
    return af.lm_call([{"role": "user", "content": f"total {len(everything)}"}], model="m")
