"""A helper is reached through an object whose __getattr__ prints: `tools.ask(...)`."""

import autoform as af

CAUSE = "compile reads object getattr"
ARGS = ("owls",)


def _ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tools:
    def __getattr__(self, name):
        print("tool", name)
        return _ask


tools = Tools()


def main(topic: str):
    print("start")
    a = tools.ask(topic)
    b = tools.ask(topic + "!")
    return a, b
