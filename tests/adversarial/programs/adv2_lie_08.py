"""A str subclass parameter in a fanned-out loop's prompt via '+': its __add__ appends to a
module list, read back as LOG."""

import autoform as af

CAUSE = 7
LOG = []


class Tag(str):
    def __add__(self, other):
        LOG.append("add " + other)
        return str.__add__(self, other)


ARGS = (Tag("Q: "), ["a", "b", "c"])


def main(prefix: str, items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": prefix + x}], model="m")
        LOG.append("got " + r)
        out.append(r)
    return out
