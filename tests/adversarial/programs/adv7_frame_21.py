"""A helper reads the caller's frame through inspect.currentframe().f_back, in a loop."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats", "cats"],)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def note(x):
    back = inspect.currentframe().f_back
    LOG.append((back.f_code.co_name, x[:5]))
    return x


def main(topics: list):
    out = []
    for t in topics:
        out.append(note(ask(t)))
    return out
