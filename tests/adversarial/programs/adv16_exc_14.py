"""finally with continue inside a while loop over a queue: a failing step's follow-up
call (independent of it) must not be made."""

import autoform as af

CAUSE = "continue in finally in while"
ARGS = (["owls", "FAILME", "cats"],)
FAIL = ["FAILME"]


def main(queue: list):
    queue = list(queue)
    out = []
    while queue:
        t = queue.pop(0)
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            s = af.lm_call(
                [{"role": "user", "content": "side " + queue[0] if queue else "last"}], model="m"
            )
            out.append((r, s))
        finally:
            continue
    return out
