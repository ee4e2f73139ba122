"""A global helper is an instance whose class defines __init_subclass__ and a printing
__getattr__ on its metaclass; main calls a classmethod of it."""

import autoform as af

CAUSE = "compile reads classmethod through metaclass"
ARGS = ("owls",)


class Meta(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("meta getattribute", name)
        return super().__getattribute__(name)


class Api(metaclass=Meta):
    @classmethod
    def ask(cls, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    print("start")
    return [Api.ask(topic), Api.ask(topic + "?")]
