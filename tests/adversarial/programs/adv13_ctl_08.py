"""A failing call ends the loop: `except Exception: break`, so the items after the failure are
never sent, and the run succeeds."""

import autoform as af

CAUSE = "break on LM failure"
ARGS = (["owls", "cats", "dogs", "bees"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    for t in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        except Exception:
            break
    return out
