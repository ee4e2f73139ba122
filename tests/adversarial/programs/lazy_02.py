"""A chained comparison whose right end calls the model: short-circuited."""

import autoform as af

CAUSE = 6
ARGS = ("m",)


def main(word: str):
    if "z" < word < af.lm_call([{"role": "user", "content": "bound"}], model="m"):
        return "inside"
    return "outside"
