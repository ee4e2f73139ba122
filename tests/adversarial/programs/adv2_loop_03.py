"""Nested loops: each inner call reads the outer item's reply; an inner item fails."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b"], ["x", "boom", "z"])
FAIL = {"boom"}


def main(outer: list[str], inner: list[str]):
    out = []
    for o in outer:
        head = af.lm_call([{"role": "user", "content": o}], model="m")
        print("outer", o)
        for i in inner:
            out.append(af.lm_call([{"role": "user", "content": f"{head} {i}"}], model="m"))
            print("inner", i)
    return out
