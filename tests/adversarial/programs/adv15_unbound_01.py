"""An `except ... as err` name read in a loop after the handler (Python unbinds it)."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], "x")


def main(items: list, raw: str):
    try:
        limit = int(raw)
    except ValueError as err:
        print("bad limit:", err)
        limit = 2
    out = []
    for t in items[:limit]:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(f"{r} ({err})")
    return out
