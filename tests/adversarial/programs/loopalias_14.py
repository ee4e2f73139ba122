"""A helper hands back a fresh copy of its argument; the caller mutates the copy:
the original list sent later is unchanged."""

import autoform as af

CAUSE = "alias"
ARGS = ("owls",)


def with_note(msgs, note):
    out = list(msgs)
    out.append({"role": "system", "content": note})
    return out


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    noted = with_note(msgs, "brief")
    a = af.lm_call(noted, model="m")
    noted.append({"role": "assistant", "content": a})
    b = af.lm_call(msgs, model="m")
    c = af.lm_call(noted, model="m")
    return [a, b, c]
