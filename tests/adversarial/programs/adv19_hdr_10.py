"""A while loop whose test has a comprehension and whose body breaks."""

import autoform as af

CAUSE = "comprehension in while test with break"
ARGS = (["owls", "cats"],)


def main(items: list):
    rounds = 0
    while [af.lm_call([{"role": "user", "content": f"{t}{rounds}"}], model="m") for t in items]:
        rounds += 1
        if rounds == 2:
            break
    return rounds
