"""os.environ set by main between calls, read by the helper building the prompt."""

import os

import autoform as af

CAUSE = "environ read by helper"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call(
        [{"role": "user", "content": f"{os.environ.get('AF_ADV19_TONE', 'plain')} {t}"}], model="m"
    )


def main(a: str, b: str):
    x = ask(a)
    os.environ["AF_ADV19_TONE"] = "fancy"
    y = ask(b)
    del os.environ["AF_ADV19_TONE"]
    return x, y
