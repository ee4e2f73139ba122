"""The caught failure's args and type name are returned."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"nope": LookupError}


def main():
    a = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        b = af.lm_call([{"role": "user", "content": "nope"}], model="m")
    except LookupError as exc:
        return [a, type(exc).__name__, exc.args]
    return [a, b]
