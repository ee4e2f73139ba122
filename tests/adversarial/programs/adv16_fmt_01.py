"""str.format_map with a defaultdict of defaults (the 'format with blanks' idiom): each
missing field read inserts a key; the prompts quote the context's size."""

import collections

import autoform as af

CAUSE = "format_map inserts into defaultdict"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    ctx = collections.defaultdict(lambda: "?", {"tone": "dry"})
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} fields={len(ctx)}"}], model="m")
        field = "f" + r[3:6]
        out.append(("{tone} {" + field + "}").format_map(ctx))
    return out, sorted(ctx)
