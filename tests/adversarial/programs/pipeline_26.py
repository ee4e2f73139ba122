"""sorted(..., key=helper) where the helper asks the model for a score."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def score(topic):
    return len(af.lm_call([{"role": "user", "content": "score " + topic}], model="m"))


def main(topics: list[str]):
    return sorted(topics, key=score)
