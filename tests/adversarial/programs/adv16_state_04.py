"""A class-level counter of requests bumped in a classmethod each helper call uses for the
request id; ids must follow the sequential order."""

import autoform as af

CAUSE = "classmethod counter"
ARGS = (["owls", "cats", "dogs"],)


class Ids:
    n = 0

    @classmethod
    def next(cls):
        cls.n += 1
        return cls.n


def ask(t):
    rid = Ids.next()
    return af.lm_call([{"role": "user", "content": f"req{rid}: {t}"}], model="m")


def main(items: list):
    return [ask(t) for t in items], Ids.n
