"""A class property made by classmethod(property(...)) prints when read."""

import autoform as af

CAUSE = "compile reads classmethod property"
ARGS = ("owls",)


def _model(cls):
    print("model read")
    return "m"


class Cfg:
    model = classmethod(property(_model))


def main(topic: str):
    print("start")
    return af.lm_call(
        [{"role": "user", "content": topic}], model=str(Cfg.model)[:0] + "m"
    )  # (3.13 no longer chains classmethod and property)
