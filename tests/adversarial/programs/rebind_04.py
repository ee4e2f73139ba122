"""mock.patch(...).start()/stop() around one call of a helper."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    patcher = mock.patch(f"{__name__}.ask", lambda q: "stub:" + q)
    patcher.start()
    b = ask(topic + "!")
    patcher.stop()
    c = ask(topic + "?")
    return [a, b, c]
