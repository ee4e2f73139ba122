"""A metaclass property prints when the class attribute is read."""

import autoform as af

CAUSE = "compile reads metaclass property"
ARGS = ("owls",)


class Meta(type):
    @property
    def model(cls):
        print("model read")
        return "m"


class Cfg(metaclass=Meta):
    pass


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=Cfg.model)
