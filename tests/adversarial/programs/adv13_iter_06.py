"""The loop iterates a list through an alias and appends to the list itself; a counter
guard stops it. The sequential run sees its own appends as new items."""

import autoform as af

CAUSE = "list alias iterated while appended"
ARGS = (["owls", "cats"],)


def main(items: list):
    queue = []
    queue.extend(items)
    pending = queue
    for t in pending:
        if len(queue) >= 5:
            break
        queue.append(af.lm_call([{"role": "user", "content": t[-12:]}], model="m"))
    return queue
