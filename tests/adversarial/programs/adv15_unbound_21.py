"""Each item logs repr() of the error it catches reading a name bound only when asked."""

import autoform as af

CAUSE = "9"
LOG = []
ARGS = (["owls", "cats"], False)


def main(items: list, tagged: bool):
    if tagged:
        tag = "#"
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            out.append(tag + r)
        except Exception as exc:
            LOG.append(repr(exc))
            out.append(r)
    return out
