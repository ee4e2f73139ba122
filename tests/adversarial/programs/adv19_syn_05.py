"""raise ... from a reply-built exception."""

import autoform as af

CAUSE = "raise from call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    try:
        raise ValueError(af.lm_call([{"role": "user", "content": a}], model="m")) from KeyError(
            af.lm_call([{"role": "user", "content": b}], model="m")
        )
    except ValueError as e:
        return str(e), str(e.__cause__)
