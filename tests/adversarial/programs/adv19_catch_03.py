"""except* around a loop catches the LM failure (wrapped in an ExceptionGroup)."""

import autoform as af

CAUSE = "except star around loop"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    try:
        for t in items:
            out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    except* RuntimeError as eg:
        print("group", [str(e) for e in eg.exceptions])
    return out
