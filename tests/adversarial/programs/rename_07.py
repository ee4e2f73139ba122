"""`del` a rebound name, then read it: the message names the variable."""

import autoform as af

CAUSE = 12
ARGS = ("leaf",)


def main(topic: str):
    note = af.lm_call([{"role": "user", "content": topic}], model="m")
    note = note + "."
    del note
    return note  # noqa: F821
