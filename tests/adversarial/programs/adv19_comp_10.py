"""A comprehension inside a try, with a later item raising a parse error: the except
returns the partial list built by a separate loop."""

import autoform as af

CAUSE = "comp parse error in try"
ARGS = (["owls", "7", "cats"],)


def main(items: list):
    try:
        vals = [int(af.lm_call([{"role": "user", "content": t}], model="m")[3:-1]) for t in items]
    except ValueError as e:
        print("bad:", e)
        vals = []
    return vals
