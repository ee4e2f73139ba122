"""A mail-merge: a module template with a field the context lacks is filled with
format_map from a defaultdict (blank defaults), after each reply; each prompt reports how
many fields are known (an int read first). The first fill inserts the missing field."""

import collections

import autoform as af

CAUSE = "mail merge format_map inserts"
ARGS = (["ann", "bob", "cy"],)
TEMPLATE = "Dear {name}, about your {product}: {body}"


def main(names: list):
    ctx = collections.defaultdict(str)
    letters = []
    for name in names:
        known = len(ctx)
        body = af.lm_call(
            [{"role": "user", "content": f"write to {name} ({known} fields known)"}], model="m"
        )
        ctx["name"] = name
        ctx["body"] = body
        letters.append(TEMPLATE.format_map(ctx))
    return letters, sorted(ctx)
