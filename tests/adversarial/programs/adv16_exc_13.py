"""A `break` inside `finally` swallows the failure and ends the loop; the statement after
the loop asks for a summary."""

import autoform as af

CAUSE = "break in finally swallows"
ARGS = (["owls", "cats", "FAILME", "dogs"],)
FAIL = ["FAILME"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    done = []
    for t in items:
        try:
            x = ask(t)
            y = ask(t + " again")
            done.append(x + y)
        finally:
            if len(done) < 3:
                pass
            else:
                break
            if "FAIL" in t:
                break
    return done, ask(f"summary of {len(done)}")
