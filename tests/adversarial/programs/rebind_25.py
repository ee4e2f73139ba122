"""A class attribute store replaces a method between two calls (Bot.ask = ...)."""

import autoform as af

CAUSE = "rebind"
ARGS = ("owl",)


class Bot:
    def ask(self, q):
        return af.lm_call([{"role": "user", "content": q}], model="m")


def ask_big(self, q):
    return af.lm_call([{"role": "user", "content": q}], model="big")


def main(topic: str):
    bot = Bot()
    a = bot.ask(topic)
    Bot.ask = ask_big
    b = bot.ask(topic)
    c = bot.ask(a)
    return [a, b, c]
