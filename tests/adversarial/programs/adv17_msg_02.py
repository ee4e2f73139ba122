"""A shared system prompt list; each question is sent as system + user; afterwards the
system prompt is edited (its text appended to) before an unrelated third call."""

import autoform as af

CAUSE = "system list edited after send"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    system = [{"role": "system", "content": "be brief"}]
    ra = af.lm_call(system + [{"role": "user", "content": a}], model="m")
    first = system[0]
    first["content"] += " and kind"
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    rc = af.lm_call(system, model="m")
    return ra, rb, rc
