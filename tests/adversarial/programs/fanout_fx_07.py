"""A method of a counter object is called in the loop body: it increments the counter."""

import autoform as af

CAUSE = 3
ARGS = (["p", "q", "r", "s"],)


class Numberer:
    def __init__(self):
        self.n = 0

    def ask(self, q):
        self.n += 1
        return af.lm_call([{"role": "user", "content": f"{self.n}. {q}"}], model="m")


def main(items: list):
    bot = Numberer()
    return [bot.ask(q) for q in items]
