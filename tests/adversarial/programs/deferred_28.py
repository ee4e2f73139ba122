"""Words split from a reply feed a call, then the list is changed in place: the call
saw the words as they were."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "one " + topic}], model="m")
    words = a.split()
    b = af.lm_call([{"role": "user", "content": words[1]}], model="m")
    words.append("x")
    words[1] = "changed"
    c = af.lm_call([{"role": "user", "content": words[1] + words[-1]}], model="m")
    return [b, c]
