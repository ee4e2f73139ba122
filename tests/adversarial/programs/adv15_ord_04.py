"""A guard object whose __bool__ raises is the left of `and`; the call on the right is
never made."""

import autoform as af

CAUSE = "lazy"


class Flag:
    def __bool__(self):
        raise RuntimeError("flag unknown")


ARGS = ("owls", Flag())


def main(topic: str, flag):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        b = flag and af.lm_call([{"role": "user", "content": "more " + topic}], model="m")
    except RuntimeError as exc:
        print("skipped:", exc)
        b = None
    return [a, b]
