"""finally with a return swallows the exception of a failing call; a print in each arm."""

import autoform as af

CAUSE = "finally return swallows"
ARGS = ("owls",)
FAIL = ["bad"]


def attempt(t):
    try:
        print("try", t)
        return af.lm_call([{"role": "user", "content": t}], model="m")
    finally:
        print("finally", t)
        return f"fallback {t}"  # noqa: B012


def main(topic: str):
    a = attempt(topic)
    b = attempt("bad " + topic)
    return a, b
