"""A primitive whose argument depends on a reply reads a list the function extends afterwards."""

import autoform as af

CAUSE = 1
ARGS = ("q",)
INDEX = ["doc0"]


@af.primitive
def search(q: str) -> str:
    return f"{q} in {len(INDEX)} docs"


def main(q: str):
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    hits = search(a)
    INDEX.append("doc1")
    return [hits, len(INDEX)]
