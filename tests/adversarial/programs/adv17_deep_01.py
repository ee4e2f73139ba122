"""A module value (the ARGS) holds a list nested 200000 deep: the compiler walks module values
and should not fail; the second prompt renders the tree with str()."""

import autoform as af

CAUSE = "deep module value crashes compile"
FAIL = ["owls"]
_tree = []
for _ in range(200000):
    _tree = [_tree]
ARGS = ("owls", "cats", _tree)
del _tree


def main(a: str, b: str, tree: list):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    shape = str(tree)
    rb = af.lm_call([{"role": "user", "content": b + shape[:8]}], model="m")
    return ra, rb
