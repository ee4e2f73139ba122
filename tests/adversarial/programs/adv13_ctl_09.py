"""Work queue: pop the next topic, ask, and when the reply is long enqueue a follow-up; stop
after a fixed number of calls."""

import autoform as af

CAUSE = "work queue"
ARGS = (["owls", "cats", "hippopotamus"],)


def main(queue: list):
    done = []
    calls = 0
    while queue and calls < 6:
        t = queue.pop(0)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        calls += 1
        if len(r) > 10:
            queue.append(r[1:6])
        done.append(r)
    return done, queue
