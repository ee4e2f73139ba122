"""A step that may raise stands in an else of a try; the try's call fails and is caught,
a later call is independent."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}


def main(topic: str):
    out = []
    try:
        a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    except RuntimeError:
        print("first failed")
        a = None
    else:
        out.append(int(a))
    b = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    out.append(b)
    return out
