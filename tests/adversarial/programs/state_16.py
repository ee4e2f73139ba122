"""A helper that asks the model also rebinds a global that the function reads next."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
LAST = "none"


def ask_and_remember(q):
    global LAST
    LAST = af.lm_call([{"role": "user", "content": q}], model="m")
    return LAST


def main(topic: str):
    a = ask_and_remember(topic)
    b = af.lm_call([{"role": "user", "content": "previous was " + LAST}], model="m")
    c = ask_and_remember(topic + "!")
    return [a, b, c, LAST]
