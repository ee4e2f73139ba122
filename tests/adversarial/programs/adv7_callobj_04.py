"""A metaclass with `__getattr__` logs what is asked of a callable's class."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Meta(type):
    def __getattr__(cls, name):
        LOG.append(name)
        raise AttributeError(name)


class Tool(metaclass=Meta):
    def __call__(self, text):
        return ask("tool " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(q + "!")
    return [a, b, c]
