"""An if test calls sorted() with a key lambda that asks the LM."""

import autoform as af

CAUSE = "lambda key in if test"
ARGS = (["owls", "cats"],)


def main(items: list):
    if (
        sorted(items, key=lambda t: af.lm_call([{"role": "user", "content": t}], model="m"))[0]
        == "cats"
    ):
        return "cats first"
    return "other"
