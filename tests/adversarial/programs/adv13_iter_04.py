"""The loop iterates over a list while appending the replies to it, with a counter that
stops after five calls."""

import autoform as af

CAUSE = "list grows while iterated"
ARGS = (["owls", "cats"],)


def main(items: list):
    queue = list(items)
    n = 0
    for t in queue:
        n += 1
        if n > 5:
            break
        queue.append(af.lm_call([{"role": "user", "content": t[-12:]}], model="m"))
    return queue
