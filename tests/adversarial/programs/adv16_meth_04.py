"""A parameter annotated `str` holds a path name; a module-level Path with the same method
names (`replace`, `split`-like `with_suffix`) is used elsewhere; `name.replace` is a str op
but the Path's `replace` renames; here a user class mimics Path and logs."""

import autoform as af

CAUSE = "receiver type str vs user replace"
ARGS = ("notes.txt", ["owls", "cats"])
LOG = []


class FakePath:
    def __init__(self, p):
        self.p = p

    def replace(self, target):
        LOG.append(f"rename {self.p} -> {target}")
        return FakePath(target)


def main(name: str, items: list):
    f = FakePath(name)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": name.replace(".txt", f"-{t}")}], model="m")
        f = f.replace(r[-8:])
        out.append(r)
    return out, f.p
