"""A class whose metaclass `__call__` logs each construction; the instance asks the LM."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Registry(type):
    def __call__(cls, *args):
        LOG.append("make " + cls.__name__)
        return super().__call__(*args)


class Summary(metaclass=Registry):
    def __init__(self, text):
        self.text = ask("summarize " + text)


def main(q: str):
    a = Summary(q).text
    b = Summary(q + "s").text
    return [a, b]
