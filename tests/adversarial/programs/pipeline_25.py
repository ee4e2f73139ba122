"""functools.reduce refines a draft topic by topic through a helper that asks."""

import functools

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def refine(draft, topic):
    return af.lm_call([{"role": "user", "content": draft + "+" + topic}], model="m")


def main(topics: list[str]):
    return functools.reduce(refine, topics, "start")
