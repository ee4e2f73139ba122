"""A conditional expression picks which of two calls to make, on state that the previous
iteration's reply changed (a global mode flag)."""

import autoform as af

CAUSE = "conditional on changed global"
ARGS = (["owls", "cats", "dogs", "bees"],)
MODE = {"strict": False}


def note(reply):
    MODE["strict"] = "c" in reply


def main(items: list):
    out = []
    for t in items:
        r = (
            af.lm_call([{"role": "user", "content": f"strict {t}"}], model="m")
            if MODE["strict"]
            else af.lm_call([{"role": "user", "content": f"loose {t}"}], model="m")
        )
        note(r)
        out.append(r)
    return out
