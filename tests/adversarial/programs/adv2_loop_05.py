"""enumerate of a generator that prints each item it yields, in a loop that calls."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c"],)


def gen(items):
    for x in items:
        print("yield", x)
        yield x


def main(items: list[str]):
    out = []
    for i, x in enumerate(gen(items)):
        r = af.lm_call([{"role": "user", "content": f"{i} {x}"}], model="m")
        print("reply", i)
        out.append(r)
    return out
