"""A print inside a finally in a fanned-out loop's body, and a failing item: every earlier
item's finally prints, in order, and the failing item's too."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "boom", "d"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for x in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        finally:
            print("done", x)
    return out
