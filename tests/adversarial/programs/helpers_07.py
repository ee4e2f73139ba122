"""A call in a `with` header: the context manager logs enter and exit."""

import contextlib

import autoform as af

CAUSE = "helpers"
ARGS = ("owl",)
LOG = []


@contextlib.contextmanager
def scope(name):
    LOG.append("enter " + name)
    yield name
    LOG.append("exit " + name)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "before"}], model="m")
    with scope(af.lm_call([{"role": "user", "content": topic}], model="m")) as s:
        b = af.lm_call([{"role": "user", "content": s}], model="m")
    return [a, b]
