"""A `not x and ask()` guard inside a helper called twice."""

import autoform as af

CAUSE = 6
ARGS = ()


def maybe(x):
    return not x and af.lm_call([{"role": "user", "content": "needed"}], model="m")


def main():
    return [maybe("have it"), maybe("")]
