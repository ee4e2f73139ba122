"""A classmethod counts its calls on the class and numbers the prompt; called in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)


class Bot:
    n = 0

    @classmethod
    def ask(cls, x):
        cls.n += 1
        return af.lm_call([{"role": "user", "content": f"{cls.n} {x}"}], model="m")


def main(items: list[str]):
    return [Bot.ask(x) for x in items]
