"""A global object's class has a __class__ property that prints (isinstance reads it)."""

import autoform as af

CAUSE = "compile reads __class__ property"
ARGS = ("owls",)


class Sneaky:
    @property
    def __class__(self):
        print("class read")
        return Sneaky

    model = "m"


CFG = Sneaky()


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=CFG.model)
