"""Late-binding closures: lambdas made in a loop all see the loop variable's last value when
called after the loop."""

import autoform as af

CAUSE = "late binding lambdas"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    jobs = []
    for t in items:
        jobs.append(lambda: af.lm_call([{"role": "user", "content": t}], model="m"))
    early = [
        lambda t=t: af.lm_call([{"role": "user", "content": t + "?"}], model="m") for t in items
    ]
    return [j() for j in jobs], [e() for e in early]
