"""A `continue` inside `finally` swallows the exception of the try body (Python 3.8+): a
batch whose second call fails moves on, and the third call of that batch is never made."""

import autoform as af

CAUSE = "continue in finally swallows"
ARGS = ([["owls", "cats", "dogs"], ["bees", "FAILME", "ants"], ["emus", "yaks", "elks"]],)
FAIL = ["FAILME"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(batches: list):
    out = []
    for batch in batches:
        try:
            a = ask(batch[0])
            b = ask(batch[1])
            c = ask(batch[2])
            out.append(a + b + c)
        finally:
            continue
    return out
