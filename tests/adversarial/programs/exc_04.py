"""The failing call's exception is stored in a list and the function continues."""

import autoform as af

CAUSE = "errors"
ARGS = (["a", "b-FAIL", "c"],)
FAIL = {"FAIL"}


def main(items: list):
    errors = []
    out = []
    for it in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
        except RuntimeError as exc:
            errors.append(str(exc))
    return [out, errors]
