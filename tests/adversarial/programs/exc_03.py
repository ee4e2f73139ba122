"""`raise X from exc` after the model fails; the caller sees the cause."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"deep"}


def main():
    try:
        af.lm_call([{"role": "user", "content": "deep"}], model="m")
    except RuntimeError as exc:
        err = KeyError("outer")
        err.__cause__ = exc
        try:
            raise err
        except KeyError as e:
            return [repr(e), repr(e.__cause__)]
    return "unreachable"
