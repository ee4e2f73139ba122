"""Calls to unknown functions keep their order with each other and with what they may
touch; a parameter without an immutable annotation may be shared with the caller."""

import autoform as af

LOG = []


def record(event):
    LOG.append(event)


@af.concurrent
def pipeline(topic: str, options):
    record("start")
    facts = af.lm_call([{"role": "user", "content": f"Facts about {topic}"}], model="m")
    joke = af.lm_call([{"role": "user", "content": f"Joke about {topic}"}], model="m")
    record("asked")
    styled = af.lm_call([{"role": "user", "content": str(options)}], model="m")
    record(facts)
    return {"facts": facts, "joke": joke, "styled": styled}
