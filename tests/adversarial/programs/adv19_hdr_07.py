"""A with statement with two items; the second's argument is a reply using the first."""

import contextlib

import autoform as af

CAUSE = "with two items dependent"
ARGS = ("owls",)


@contextlib.contextmanager
def tag(name):
    print("open", name)
    yield name
    print("close", name)


def main(a: str):
    with tag(a) as x, tag(af.lm_call([{"role": "user", "content": x}], model="m")) as y:
        print("body", y)
    return y
