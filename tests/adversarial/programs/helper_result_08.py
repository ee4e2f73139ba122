"""A helper returns one of the module's lists chosen by name; the caller sorts it in place."""

import autoform as af

CAUSE = 2
ARGS = ("owl",)
QUEUES = {"high": ["b", "a"], "low": []}


def queue(name):
    return QUEUES[name]


def ask_about_queue():
    return af.lm_call([{"role": "user", "content": ",".join(QUEUES["high"])}], model="m")


def main(topic: str):
    first = ask_about_queue()
    q = queue("high")
    q.sort()
    second = ask_about_queue()
    return [first, second]
