"""One message dict updated in place with .update() per item and passed each time."""

import autoform as af

CAUSE = "message dict update"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    msg = {"role": "user", "content": ""}
    out = []
    for t in items:
        msg.update(content=f"Describe {t}")
        out.append(af.lm_call([msg], model="m"))
    msg.update(content="done")
    return out, msg
