"""A dict comprehension asks per topic, keyed by first letter: later topics overwrite."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "ostrich", "bat", "otter"],)


def main(topics: list[str]):
    by_letter = {t[0]: af.lm_call([{"role": "user", "content": t}], model="m") for t in topics}
    return by_letter
