"""A global read directly in the function after a plain helper rebinds it."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
MODEL = "small"


def upgrade():
    global MODEL
    MODEL = "large"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    upgrade()
    b = af.lm_call([{"role": "user", "content": topic}], model=MODEL)
    return [a, b]
