"""The walrus keeps a running list of replies in a comprehension that asks the model."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)


def main(topics: list[str]):
    seen = []
    out = [
        (r := af.lm_call([{"role": "user", "content": t}], model="m"), seen.append(r))
        for t in topics
    ]
    return [out, seen, r]
