"""An alias of the results list is published as a module global; a helper reads the global
for each prompt."""

import autoform as af

CAUSE = "alias published as global"
ARGS = (["owls", "cats", "dogs"],)
CURRENT = None


def build(topic):
    return f"{topic} (after {len(CURRENT)} done)"


def main(items: list):
    global CURRENT
    results = []
    view = results
    CURRENT = view
    for t in items:
        results.append(af.lm_call([{"role": "user", "content": build(t)}], model="m"))
    return results
