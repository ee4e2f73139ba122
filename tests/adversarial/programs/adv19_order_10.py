"""with header calls: a context manager that prints on enter/exit with an LM call inside."""

import contextlib

import autoform as af

CAUSE = "with header call"
ARGS = ("owls", "cats")


@contextlib.contextmanager
def section(name):
    print("enter", name)
    yield name.upper()
    print("exit", name)


def main(a: str, b: str):
    with section(af.lm_call([{"role": "user", "content": a}], model="m")) as s:
        r = af.lm_call([{"role": "user", "content": b}], model="m")
    return s, r
