"""No event loop anywhere: nested loops with a running total and an early break."""

import autoform as af

CAUSE = "plain"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    total = 0
    out = []
    for t in [topic, topic + "s", topic + "es"]:
        head = ask(t)
        for k in range(2):
            r = ask(head[:5] + str(k))
            total += len(r)
            out.append(r)
        if total > 60:
            break
    return out, total
