"""A name the body binds shadows a global that a later helper reads."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b"],)
prefix = "global-prefix"


def show():
    return prefix


def main(items: list):
    out = []
    for it in items:
        tagged = it + "!"
        out.append(af.lm_call([{"role": "user", "content": tagged}], model="m"))
    return [out, show()]
