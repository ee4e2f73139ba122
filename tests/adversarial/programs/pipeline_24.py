"""list(map(ask, topics)) with a helper that asks the model."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list[str]):
    replies = list(map(ask, topics))
    return replies
