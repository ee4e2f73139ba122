"""A callable object's `__getattr__` only logs what it is asked for: the sequential call
asks for nothing."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __call__(self, text):
        return ask("tool " + text[:6])

    def __getattr__(self, name):
        LOG.append(name)
        raise AttributeError(name)


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(q + "!")
    return [a, b, c]
