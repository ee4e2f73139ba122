"""A helper's default argument is the tag at import; main changes the tag before asking."""

import autoform as af

CAUSE = "defaults"
ARGS = (["owls", "cats"],)
TAG = "v1"


def ask(q, tag=TAG):
    return af.lm_call([{"role": "user", "content": f"[{tag}] {q}"}], model="m")


def main(topics: list):
    global TAG
    TAG = "v2"
    return [ask(t) for t in topics]
