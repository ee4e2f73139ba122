"""A callable tool's class logs every attribute read (`__getattribute__`)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __getattribute__(self, name):
        LOG.append(name)
        return object.__getattribute__(self, name)

    def __call__(self, text):
        return ask("tool " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(q + "!")
    return [a, b, c]
