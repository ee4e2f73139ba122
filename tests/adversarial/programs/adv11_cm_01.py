"""A contextmanager generator asks for a plan on entry and logs on exit."""

import contextlib

import autoform as af

CAUSE = "contextmanager"
ARGS = (["owls", "cats"],)
LOG = []


@contextlib.contextmanager
def session(t):
    plan = af.lm_call([{"role": "user", "content": "plan " + t}], model="m")
    LOG.append("enter " + t)
    try:
        yield plan
    finally:
        LOG.append("exit " + t)


def main(topics: list):
    out = []
    for t in topics:
        with session(t) as plan:
            out.append(af.lm_call([{"role": "user", "content": plan}], model="m"))
    return out
