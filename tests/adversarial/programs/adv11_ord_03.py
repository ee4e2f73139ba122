"""A shared list of replies: each turn appends its reply and the prompt of the follow-up
quotes how many replies are in."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    seen = []
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        seen.append(r)
        out.append(af.lm_call([{"role": "user", "content": f"{len(seen)} {r}"}], model="m"))
    return out
