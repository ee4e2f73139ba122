"""items: list[str] is given a list holding an int: "x " + item raises TypeError in a
fanned-out loop whose first item's call fails."""

import autoform as af

CAUSE = 7
ARGS = (["boom", 2, "c"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": "x " + it}], model="m"))
    return out
