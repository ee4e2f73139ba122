"""A bound method of an object whose `__getattribute__` logs, held in a global."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Service:
    def __getattribute__(self, name):
        if not name.startswith("__"):
            LOG.append(name)
        return object.__getattribute__(self, name)

    def summarize(self, text):
        return ask("sum " + text[:6]) + self.suffix()

    def suffix(self):
        return "."


summarize = Service().summarize


def main(q: str):
    a = ask(q)
    b = summarize(a)
    return [a, b]
