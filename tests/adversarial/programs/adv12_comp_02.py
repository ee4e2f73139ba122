"""A helper is a callable object whose __getattribute__ prints every attribute read."""

import autoform as af

CAUSE = "compile reads getattribute"
ARGS = ("owls",)


class Ask:
    def __getattribute__(self, name):
        print("read", name)
        return object.__getattribute__(self, name)

    def __call__(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


ask = Ask()


def main(topic: str):
    print("start")
    a = ask(topic)
    b = ask(topic + "!")
    return a, b
