"""A class main instantiates has a metaclass whose __getattr__ prints (inspect.signature
would read __signature__ and __wrapped__ through it)."""

import autoform as af

CAUSE = "compile reads metaclass getattr of callee"
ARGS = ("owls",)


class Loud(type):
    def __getattr__(cls, name):
        print("meta getattr", name)
        raise AttributeError(name)


class Asker(metaclass=Loud):
    def __init__(self, model):
        self.model = model

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model=self.model)


def main(topic: str):
    print("start")
    a = Asker("m")
    return [a.ask(topic), a.ask(topic + "!")]
