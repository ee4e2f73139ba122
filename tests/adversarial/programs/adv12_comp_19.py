"""A global's DynamicClassAttribute and property-subclass attributes print when read."""

import types

import autoform as af

CAUSE = "compile reads property-like descriptors"
ARGS = ("owls",)


class lazy(property):
    pass


class Cfg:
    @types.DynamicClassAttribute
    def model(self):
        print("model read")
        return "m"

    @lazy
    def style(self):
        print("style read")
        return "brief"


CFG = Cfg()


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": f"{topic} {CFG.style}"}], model=CFG.model)
