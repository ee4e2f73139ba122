"""A module-level parsed document (dicts nested 700 deep, as a deep JSON reply would be) sits
in a lowercase global that main reads one level of; the compiler walks module values."""

import autoform as af

CAUSE = "deep module value crashes compile"
ARGS = ("owls", "cats")
_doc = {"leaf": "x"}
for _ in range(700):
    _doc = {"child": _doc}
doc = _doc


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": f"{a} {len(doc)}"}], model="m")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
