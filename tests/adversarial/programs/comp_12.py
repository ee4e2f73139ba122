"""`max` with an effectful key over a generator expression of calls: the key runs between the
items (and a later prompt reads what it recorded)."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["a", "bb", "ccc"],)
LOG = []


def key(reply):
    LOG.append(reply)
    return len(reply)


def main(items: list):
    return max(
        (af.lm_call([{"role": "user", "content": f"{x}{len(LOG)}"}], model="m") for x in items),
        key=key,
    )
