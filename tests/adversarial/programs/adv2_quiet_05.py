"""A chain flag annotated bool is a user object whose truth flips each time it is asked:
the loop chains on alternate items."""

import autoform as af

CAUSE = 7


class Flip:
    def __init__(self):
        self.n = 0

    def __bool__(self):
        self.n += 1
        return self.n % 2 == 0


ARGS = (["a", "b", "c", "d"], Flip())


def main(items: list[str], chain: bool):
    out = []
    for x in items:
        prev = out[-1] if chain and out else ""
        out.append(af.lm_call([{"role": "user", "content": prev + x}], model="m"))
    return out
