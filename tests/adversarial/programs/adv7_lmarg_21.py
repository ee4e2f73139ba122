"""A document's `__str__` exits the program (SystemExit) on a missing file."""

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
LOG = []


class Doc:
    def __init__(self, path):
        self.path = path

    def __str__(self):
        if self.path.startswith("missing"):
            raise SystemExit("no such document: " + self.path)
        return "contents of " + self.path

    __repr__ = __str__


def main(q: str):
    a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    LOG.append(a)
    b = af.lm_call([{"role": "user", "content": Doc("missing-" + q)}], model="m")
    LOG.append(b)
    return [a, b]
