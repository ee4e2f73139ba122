"""In a loop over topics, a helper names the function it is called from."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats", "cats"],)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def tag(x):
    LOG.append(sys._getframe(1).f_code.co_name + ":" + x)
    return x


def main(topics: list):
    out = []
    for t in topics:
        r = ask(t)
        out.append(tag(r[:8]))
    return out
