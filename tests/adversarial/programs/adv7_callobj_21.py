"""A lazily connected client: `__getattribute__` fails before connect() for anything but
connect itself."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)


class Lazy:
    def __init__(self):
        object.__setattr__(self, "_ready", False)

    def __getattribute__(self, name):
        if name not in ("connect", "_ready") and not object.__getattribute__(self, "_ready"):
            raise RuntimeError("not connected: " + name)
        return object.__getattribute__(self, name)

    def connect(self):
        object.__setattr__(self, "_ready", True)

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


client = Lazy()


def main(q: str):
    client.connect()
    a = client.ask(q)
    b = client.ask(q + "s")
    return [a, b]
