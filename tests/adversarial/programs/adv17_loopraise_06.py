"""Per-item cleanup with strip given the item's two edge strings by mistake (TypeError);
the first item's call fails in the sequential run and is caught per item."""

import autoform as af

CAUSE = "strip two args in fanned loop"
ARGS = (["<owls>", "<cats>"], ["<", "<"], [">", ">"])
FAIL = ["owls"]


def main(texts: list[str], lefts: list[str], rights: list[str]):
    out = []
    for text, left, right in zip(texts, lefts, rights):
        clean = text.strip(left, right)
        out.append(af.lm_call([{"role": "user", "content": clean}], model="m"))
    return out
