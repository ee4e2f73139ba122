"""Exception notes: a failing item's exception gets add_note with the item name and is
re-raised; the harness compares message (notes printed in an outer handler)."""

import autoform as af

CAUSE = "add_note reraise"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def one(t):
    try:
        return af.lm_call([{"role": "user", "content": t}], model="m")
    except RuntimeError as e:
        e.add_note(f"while handling {t}")
        raise


def main(items: list):
    try:
        return [one(t) for t in items]
    except RuntimeError as e:
        print("notes:", e.__notes__)
        return "failed"
