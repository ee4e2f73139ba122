"""A fanned-out loop records each failing item in a module list inside its except; the
list's order is the items' order."""

import autoform as af

CAUSE = "errors"
ARGS = (["a", "boom1", "c", "boom2", "boom3"],)
FAIL = {"boom"}
FAILED = []


def main(items: list[str]):
    out = []
    for x in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        except RuntimeError as exc:
            FAILED.append(x + ": " + str(exc)[:10])
    return out
