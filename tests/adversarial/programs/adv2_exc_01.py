"""The LM raises a BaseException subclass (not an Exception) for one item of a fanned-out
loop; the other items are in flight."""

import autoform as af

CAUSE = "errors"


class Halt(BaseException):
    pass


ARGS = (["a", "boom", "c", "d"],)
FAIL = {"boom": Halt}


def main(items: list[str]):
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    return out
