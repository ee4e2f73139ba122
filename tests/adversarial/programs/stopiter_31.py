"""A generator's return value read from StopIteration.value after driving it by hand."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ("owl",)


def tally(words):
    n = 0
    for w in words:
        n += len(w)
        yield w
    return n


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    gen = tally(a.split(":"))
    seen = []
    try:
        while True:
            seen.append(next(gen))
    except StopIteration as stop:
        total = stop.value
    b = af.lm_call([{"role": "user", "content": str(total)}], model="m")
    return [seen, b]
