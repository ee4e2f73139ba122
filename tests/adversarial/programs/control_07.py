"""A context manager that logs enter and exit around a failing call."""

import contextlib

import autoform as af

CAUSE = "control"
ARGS = ()
FAIL = {"inside"}
LOG = []


@contextlib.contextmanager
def section(name):
    LOG.append("enter " + name)
    try:
        yield
    finally:
        LOG.append("exit " + name)


def main():
    a = af.lm_call([{"role": "user", "content": "outside"}], model="m")
    with section("s1"):
        b = af.lm_call([{"role": "user", "content": "inside"}], model="m")
    return a + b
