"""A closure reads a variable that a later call's result rebinds; called in between."""

import autoform as af

CAUSE = "closure"
ARGS = ("robin",)


def main(topic: str):
    current = topic

    def show():
        return "now: " + current

    a = af.lm_call([{"role": "user", "content": current}], model="m")
    seen = show()
    current = af.lm_call([{"role": "user", "content": "next " + a}], model="m")
    return [seen, show()]
