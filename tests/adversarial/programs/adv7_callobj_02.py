"""A method of a tool whose `__getattribute__` logs, called as tool.run(...)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            LOG.append(name)
        return object.__getattribute__(self, name)

    def run(self, text):
        return ask("tool " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool.run(a)
    c = ask(q + "!")
    return [a, b, c]
