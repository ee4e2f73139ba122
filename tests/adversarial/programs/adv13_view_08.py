"""Per-item dict records whose 'tags' list is one shared list (dict.fromkeys with a mutable
value); each reply is appended to the item's tags and the prompt quotes the tags' length."""

import autoform as af

CAUSE = "fromkeys shared value"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    tags = dict.fromkeys(items, [])
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} tags={len(tags[t])}"}], model="m")
        tags[t].append(r[-4:])
    return tags
