"""The same history list appears twice among the conversations; each item appends the
reply to its conversation, and the next prompt sends the whole conversation."""

import autoform as af

CAUSE = "same list twice in items"
_CONV = [{"role": "user", "content": "hi"}]
ARGS = ([_CONV, [{"role": "user", "content": "yo"}], _CONV],)


def main(convs: list):
    out = []
    for conv in convs:
        r = af.lm_call(conv, model="m")
        conv.append({"role": "assistant", "content": r})
        out.append(r)
    return out
