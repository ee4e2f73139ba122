"""A while loop drains a work queue; each reply may push follow-up work (parsed by regex)
and a module counter caps the total."""

import re

import autoform as af

CAUSE = "while queue"
ARGS = (["owls", "cats"],)
BUDGET = {"left": 5}


def main(seeds: list):
    queue = list(seeds)
    done = []
    while queue and BUDGET["left"] > 0:
        t = queue.pop(0)
        BUDGET["left"] -= 1
        r = af.lm_call([{"role": "user", "content": f"expand {t}"}], model="m")
        m = re.search(r"expand (\w)(\w+)", r)
        if m and len(t) < 12:
            queue.append(t + m.group(1))
        done.append(r)
    return done, queue
