"""`items[5] + ask(...)` with a short list: IndexError, and no request."""

import autoform as af

CAUSE = 5
ARGS = (["only"],)
FAIL = {"tail"}


def main(items):
    return items[5] + af.lm_call([{"role": "user", "content": "tail"}], model="m")
