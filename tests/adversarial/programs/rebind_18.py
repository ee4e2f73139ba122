"""A pure helper is rebound in the middle of straight-line code to one that prints."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def fmt(s):
    return "[" + s + "]"


def loud_fmt(s):
    print("fmt", s)
    return "{" + s + "}"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "2"}], model="m")
    globals()["fmt"] = loud_fmt
    x = fmt(b)
    print("middle")
    y = fmt(a)
    return [x, y]
