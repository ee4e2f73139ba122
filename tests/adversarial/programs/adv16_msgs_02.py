"""The same message dict object is sent twice, with its content changed in between by a
helper (a 'template message' reused)."""

import autoform as af

CAUSE = "message dict mutated between sends"
ARGS = (["owls", "cats", "dogs"],)


def set_topic(msg, t):
    msg["content"] = f"describe {t}"


def main(items: list):
    msg = {"role": "user", "content": ""}
    out = []
    for t in items:
        set_topic(msg, t)
        out.append(af.lm_call([msg], model="m"))
    return out
