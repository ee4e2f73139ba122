"""A method of a user class makes an LM call then sets VAR; a later call's prompt reads VAR."""

import contextvars

import autoform as af

CAUSE = "context-writing method helper"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_method_45", default="unset")


class Bot:
    def ask(self, t):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        VAR.set(t)
        return r

    def __repr__(self):
        return "Bot()"


def main(a: str, b: str):
    bot = Bot()
    ra = bot.ask(a)
    rb = af.lm_call([{"role": "user", "content": b + VAR.get()}], model="m")
    return ra, rb, VAR.get()
