"""A global helper is a functools.partial subclass with a printing property `func`-like
attribute read through __getattr__ (`keywords`, `args` are real)."""

import functools

import autoform as af

CAUSE = "compile reads partial subclass"
ARGS = ("owls",)


class P(functools.partial):
    def __getattr__(self, name):
        print("partial getattr", name)
        raise AttributeError(name)

    @property
    def __wrapped__(self):
        print("wrapped read")
        return self.func


def _ask(q, model):
    return af.lm_call([{"role": "user", "content": q}], model=model)


ask = P(_ask, model="m")


def main(topic: str):
    print("start")
    return [ask(topic), ask(topic + "!")]
