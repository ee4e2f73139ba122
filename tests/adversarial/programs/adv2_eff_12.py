"""A class attribute counter incremented in a method called in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)


class Asker:
    count = 0

    def ask(self, x):
        Asker.count += 1
        return af.lm_call([{"role": "user", "content": f"{x} {Asker.count}"}], model="m")


def main(items: list[str]):
    bot = Asker()
    out = []
    for x in items:
        out.append(bot.ask(x))
    return [out, Asker.count]
