"""A class attribute method is patched with mock.patch.object for part of the function."""

from unittest import mock

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


class Bot:
    model = "m"

    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model=self.model)


def main(topic: str):
    bot = Bot()
    a = bot.ask(topic)
    with mock.patch.object(Bot, "ask", lambda self, q: "patched:" + q):
        b = bot.ask(topic)
    c = bot.ask(a)
    return [a, b, c]
