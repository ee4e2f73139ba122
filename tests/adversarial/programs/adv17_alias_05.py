"""Documents as dicts; each item's prompt reads doc['tags'] which is a list shared between
two documents; the body appends to the tags."""

import autoform as af

CAUSE = "shared tags list"
_TAGS = ["a"]
ARGS = ([{"t": "owls", "tags": _TAGS}, {"t": "cats", "tags": _TAGS}, {"t": "dogs", "tags": ["z"]}],)


def main(docs: list):
    out = []
    for d in docs:
        r = af.lm_call(
            [{"role": "user", "content": f"{d['t']} tags={','.join(d['tags'])}"}], model="m"
        )
        d["tags"].append(r[-3:-1])
        out.append(r)
    return out
