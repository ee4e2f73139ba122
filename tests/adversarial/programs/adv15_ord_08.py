"""An object whose __str__ raises is formatted into the second prompt; caught."""

import autoform as af

CAUSE = "dunder"


class Broken:
    def __str__(self):
        raise ValueError("cannot render")


ARGS = ("owls", Broken())


def main(topic: str, extra):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": f"{topic} {extra}"}], model="m")
    except ValueError as exc:
        print("render failed:", exc)
        b = ""
    c = af.lm_call([{"role": "user", "content": "last " + topic}], model="m")
    return [a, b, c]
