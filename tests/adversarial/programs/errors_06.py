"""A failure caught by type: the handler reads the exception's message."""

import autoform as af

CAUSE = "errors"
ARGS = ()
FAIL = {"quota": ConnectionError}


def main():
    try:
        x = af.lm_call([{"role": "user", "content": "quota"}], model="m")
    except ConnectionError as exc:
        x = "conn: " + str(exc)
    y = af.lm_call([{"role": "user", "content": x}], model="m")
    return y
