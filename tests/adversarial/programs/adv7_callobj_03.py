"""A property named `__wrapped__` on a callable's class logs when it is read."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    @property
    def __wrapped__(self):
        LOG.append("wrapped read")
        return ask

    def __call__(self, text):
        LOG.append("called")
        return ask("tool " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    return [a, b]
