"""A loop over a dict's keys adds a key in its body: RuntimeError at the next item, after the
first call."""

import autoform as af

CAUSE = 8
ARGS = ({"a": 1, "b": 2},)


def main(table: dict):
    out = []
    for k in table.keys():  # noqa: SIM118
        r = af.lm_call([{"role": "user", "content": k}], model="m")
        table[k + "!"] = r
        out.append(r)
    return out
