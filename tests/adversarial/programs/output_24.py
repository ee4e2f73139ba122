"""An item prints an object whose __str__ raises for the second item; the third
item's call fails: the ValueError, and only the first item's print."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c FAIL"],)
FAIL = {"FAIL"}


class Tag:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        if self.name == "b":
            raise ValueError("no tag for b")
        return "#" + self.name


def main(items: list[str]):
    out = []
    for it in items:
        print("item", Tag(it))
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
