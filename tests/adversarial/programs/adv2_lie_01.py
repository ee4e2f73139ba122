"""items: list[str] is given str subclasses whose __format__ logs; a fanned-out loop formats
each into its prompt and logs the reply."""

import autoform as af

CAUSE = 7
LOG = []


class Name(str):
    def __format__(self, spec):
        LOG.append("fmt " + str.__str__(self))
        return str.__format__(self, spec)


ARGS = ([Name("a"), Name("b"), Name("c")],)


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": f"about {it}"}], model="m")
        LOG.append("got " + r)
        out.append(r)
    return out
