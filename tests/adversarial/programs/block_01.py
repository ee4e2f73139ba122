"""An `if` reads a module flag that an unknown call sets just before it."""

import autoform as af

CAUSE = 1
ARGS = ("owl",)
MODE = ["slow"]


def set_mode(m):
    MODE[0] = m


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    set_mode("fast")
    if MODE[0] == "fast":
        b = af.lm_call([{"role": "user", "content": "quick " + topic}], model="m")
    else:
        b = af.lm_call([{"role": "user", "content": "thorough " + topic}], model="m")
    return [a, b]
