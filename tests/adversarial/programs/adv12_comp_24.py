"""A method is functools.partialmethod of a descriptor object whose __get__ prints."""

import functools

import autoform as af

CAUSE = "compile reads partialmethod of descriptor"
ARGS = ("owls",)


def _ask(q, model):
    return af.lm_call([{"role": "user", "content": q}], model=model)


class Loud:
    def __get__(self, obj, objtype=None):
        print("loud get")
        return lambda q, model: _ask(q, model)


class Svc:
    ask = functools.partialmethod(Loud(), model="m")


SVC = Svc()


def main(topic: str):
    print("start")
    return [SVC.ask(topic), SVC.ask(topic + "?")]
