"""A lambda in main reads a comprehension's walrus-bound name later."""

import autoform as af

CAUSE = "lambda reads walrus name"
ARGS = (["owls", "cats"],)


def main(items: list):
    get = lambda: last  # noqa: E731
    rs = [(last := af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    return rs, get()
