"""No event loop anywhere: a loop over enumerate with keyword arguments, defaults and a
dict comprehension after it."""

import autoform as af

CAUSE = "plain"
ARGS = ("owls",)


def ask(q, *, tone="calm", model="m"):
    return af.lm_call([{"role": "user", "content": f"[{tone}] {q}"}], model=model)


def main(topic: str):
    replies = []
    for i, w in enumerate([topic, topic.upper(), topic.title()]):
        replies.append(ask(w, tone="loud" if i % 2 else "calm"))
    lengths = {r[:8]: len(r) for r in replies}
    last = ask(max(lengths, key=lengths.get), model="n")
    return replies, lengths, last
