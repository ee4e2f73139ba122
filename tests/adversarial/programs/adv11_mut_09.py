"""A dict subclass whose keys() and __iter__ skip drafts; the loop iterates .items()."""

import autoform as af

CAUSE = "mutation"
ARGS = None


class Published(dict):
    def __iter__(self):
        return (k for k in super().__iter__() if not k.startswith("draft"))

    def items(self):
        return [(k, self[k]) for k in self]


ARGS = (Published({"owls": 1, "draft cats": 2, "dogs": 3}),)


def main(docs: dict):
    out = {}
    for k, v in docs.items():
        out[k] = af.lm_call([{"role": "user", "content": f"{k} {v}"}], model="m")
    return out
