"""A method helper sets VAR, returning its token; main resets with it."""

import contextvars

import autoform as af

CAUSE = "context-writing method helper token"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_method_46", default="unset")


class Bot:
    def ask(self, t):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        return r, VAR.set(t)

    def __repr__(self):
        return "Bot()"


def main(a: str, b: str):
    bot = Bot()
    ra, tok = bot.ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    seen = VAR.get()
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
