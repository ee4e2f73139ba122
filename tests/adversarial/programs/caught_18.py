"""next() on an exhausted iterator inside a helper, caught by the caller as StopIteration."""

import autoform as af

CAUSE = 13
ARGS = ()


def take_and_ask(it):
    first = next(it)
    return af.lm_call([{"role": "user", "content": first}], model="m")


def main():
    it = iter([])
    try:
        return take_and_ask(it)
    except StopIteration:
        return "empty"
