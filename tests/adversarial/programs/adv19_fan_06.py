"""out.extend with a list of replies per item; failure in the middle item."""

import autoform as af

CAUSE = "extend collect with failure"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats!"]


def main(items: list):
    out = []
    try:
        for t in items:
            out.extend(
                [
                    af.lm_call([{"role": "user", "content": t + "?"}], model="m"),
                    af.lm_call([{"role": "user", "content": t + "!"}], model="m"),
                ]
            )
    except RuntimeError:
        pass
    return out
