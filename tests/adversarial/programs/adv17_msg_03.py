"""Messages list sent, then cleared and refilled for the next topic (the list reused)."""

import autoform as af

CAUSE = "messages list cleared"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    msgs = []
    out = []
    for t in items:
        msgs.clear()
        msgs.append({"role": "user", "content": t})
        out.append(af.lm_call(msgs, model="m"))
    return out
