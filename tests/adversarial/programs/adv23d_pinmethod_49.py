"""A method making an LM call with an unformattable log; called beside asks."""
import logging

import autoform as af

CAUSE = "pinned method"
ARGS = ("owls", "cats", "n")

class Bot:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Bot()"

    def noted(self, t):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", self.n)
        print("noted", t)
        return r

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def main(a, b, n):
    bot = Bot(n)
    return ask(a), bot.noted(b), ask(b + a), bot.noted(a + b)
