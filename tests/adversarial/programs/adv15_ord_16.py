"""A call whose failure is printed with a traceback from inside a helper in a loop."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]


def safe_ask(q):
    try:
        return af.lm_call([{"role": "user", "content": q}], model="m")
    except Exception:
        traceback.print_exc(limit=1)
        return None


def main(items: list):
    out = []
    for t in items:
        out.append(safe_ask(t))
    return out
