"""A fanned-out loop whose items print before the call and whose except prints when the
call fails: the prints in item order."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "boom", "c", "boom2"],)
FAIL = {"boom"}


def main(items: list[str]):
    out = []
    for x in items:
        print("start", x)
        try:
            r = af.lm_call([{"role": "user", "content": x}], model="m")
        except RuntimeError:
            print("failed", x)
            r = None
        out.append(r)
    return out
