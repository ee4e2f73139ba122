"""The loop variable is a global that a helper in the body reads."""

import autoform as af

CAUSE = 9
ARGS = (["x", "y", "z"],)
CURRENT = None


def ask_current():
    return af.lm_call([{"role": "user", "content": f"about {CURRENT}"}], model="m")


def main(items: list):
    global CURRENT
    out = []
    for CURRENT in items:  # noqa: B007
        out.append(ask_current())
    return out
