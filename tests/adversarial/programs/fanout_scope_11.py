"""A name the loop body binds is also bound (as a global) by a helper called after the loop."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b"],)
draft = "module draft"


def show_draft():
    return draft


def main(items: list):
    out = []
    for it in items:
        draft = af.lm_call([{"role": "user", "content": it}], model="m")
        out.append(af.lm_call([{"role": "user", "content": "polish " + draft}], model="m"))
    return [out, show_draft()]
