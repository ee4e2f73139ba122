"""itertools.groupby over sorted records: each group is summarized, the group key printed
before each call."""

import itertools

import autoform as af

CAUSE = "groupby"
ARGS = ([("bird", "owl"), ("cat", "lion"), ("bird", "hawk"), ("cat", "lynx"), ("fish", "eel")],)


def main(records: list):
    out = {}
    for kind, grp in itertools.groupby(sorted(records), key=lambda r: r[0]):
        names = [n for _, n in grp]
        print("group", kind, names)
        out[kind] = af.lm_call(
            [{"role": "user", "content": f"{kind}: {', '.join(names)}"}], model="m"
        )
    return out
