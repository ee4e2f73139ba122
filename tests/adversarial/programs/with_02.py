"""A generator-based context manager in a helper catches the failure of its first call."""

import contextlib

import autoform as af

CAUSE = 11
ARGS = ()
FAIL = {"first"}
LOG = []


@contextlib.contextmanager
def guard():
    try:
        yield
    except RuntimeError as exc:
        LOG.append("guarded: " + str(exc))


def two():
    with guard():
        a = af.lm_call([{"role": "user", "content": "first"}], model="m")
        b = af.lm_call([{"role": "user", "content": "second"}], model="m")
        return a + b
    return "guarded"


def main():
    return two()
