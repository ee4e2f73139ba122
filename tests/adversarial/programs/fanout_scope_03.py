"""The loop body reads a local that is bound only after the loop: UnboundLocalError."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b"],)


def main(items: list):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it + suffix}], model="m"))  # noqa: F821
    suffix = "!"
    return out, suffix
