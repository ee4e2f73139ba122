"""A function counts its own runs with an attribute on itself."""

import autoform as af

CAUSE = 14
ARGS = ("q",)


def main(topic: str):
    main.runs = getattr(main, "runs", 0) + 1
    return af.lm_call([{"role": "user", "content": topic}], model="m") + str(main.runs)
