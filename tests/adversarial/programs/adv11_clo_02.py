"""A nested helper with a nonlocal counter asks per item; the count goes into the prompt."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    asked = 0

    def ask(q):
        nonlocal asked
        asked += 1
        return af.lm_call([{"role": "user", "content": f"{asked}: {q}"}], model="m")

    out = [ask(t) for t in topics]
    return out, asked
