"""A list built from a reply is read (guarded) before a later statement appends to it:
the read sees it before the append."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "one " + topic}], model="m")
    parts = [a]
    b = af.lm_call([{"role": "user", "content": "two"}], model="m")
    c = af.lm_call([{"role": "user", "content": parts[1] if len(parts) > 1 else "none"}], model="m")
    parts.append(b)
    d = af.lm_call([{"role": "user", "content": parts[1]}], model="m")
    return [c, d]
