"""An f-string format spec that does not fit the value (ValueError), after a print."""

import autoform as af

CAUSE = 7
ARGS = ("word",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("numbering", a)
    label = f"{topic:05d}"
    return af.lm_call([{"role": "user", "content": label}], model="m")
