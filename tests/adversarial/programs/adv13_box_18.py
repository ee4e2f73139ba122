"""An alias of the results list is handed to a prompt-building helper, which quotes how many
results there are."""

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def build(topic, done):
    return f"{topic} (after {len(done)} done)"


def main(items: list):
    results = []
    done = results
    for t in items:
        results.append(af.lm_call([{"role": "user", "content": build(t, done)}], model="m"))
    return results
