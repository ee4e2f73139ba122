"""A callable whose `__hash__` raises (unhashable by design) and `__eq__` raises."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __hash__(self):
        raise TypeError("Tool is not hashable")

    def __eq__(self, other):
        raise TypeError("Tool cannot be compared")

    def __call__(self, text):
        return ask("tool " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(b[:4])
    return [a, b, c]
