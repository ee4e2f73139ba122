"""A list built from a reply by a plain step feeds two later calls, and is appended
to between them: the second call sees the append, the first does not."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "jokes " + topic}], model="m")
    msgs = [{"role": "user", "content": a[1:]}]
    c = af.lm_call(msgs + [{"role": "user", "content": b}], model="m")  # noqa: RUF005
    msgs.append({"role": "user", "content": "more"})
    d = af.lm_call(msgs, model="m")
    return [c, d, len(msgs)]
