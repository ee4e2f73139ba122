"""`__call__` set on the instance (Python ignores it: the class's runs)."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tool:
    def __init__(self):
        self.__call__ = lambda text: ask("instance " + text[:6])

    def __call__(self, text):
        return ask("class " + text[:6])


tool = Tool()


def main(q: str):
    a = ask(q)
    b = tool(a)
    c = ask(q + "!")
    return [a, b, c]
