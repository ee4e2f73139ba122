"""A message list mutated between calls: each call must see it as it was, so they run in
order; an independent call still overlaps with both."""

import autoform as af


@af.concurrent
def pipeline(question: str) -> list:
    history = [{"role": "user", "content": question}]
    draft = af.lm_call(history, model="m")
    history.append({"role": "assistant", "content": draft})
    history.append({"role": "user", "content": "Make it shorter."})
    short = af.lm_call(history, model="m")
    aside = af.lm_call([{"role": "user", "content": "A joke about " + question}], model="m")
    return [draft, short, aside]
