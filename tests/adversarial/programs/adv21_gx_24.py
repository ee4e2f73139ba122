"""Genexp in while loop inside try with else."""

import autoform as af

CAUSE = "genexp while else"
ARGS = (["owls", "cats"],)
FAIL = ["cats1"]
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    n = 0
    try:
        while n < 3:
            LOG.append(sorted(ask(t + str(n)) for t in items))
            n += 1
        else:
            LOG.append("else")
    except RuntimeError as e:
        LOG.append(str(e))
    return n
