"""A report template filled with format_map from a defaultdict argument (fields default to
''); the prompts quote how many fields the context has, read into an int."""

import collections

import autoform as af

CAUSE = "format_map argument defaultdict"
ARGS = (["owls", "cats", "dogs"], collections.defaultdict(str, {"who": "me"}))


def main(items: list[str], ctx: dict):
    out = []
    for t in items:
        known = len(ctx)
        r = af.lm_call([{"role": "user", "content": f"{t} known={known}"}], model="m")
        out.append(("{who} says {" + r[3:7] + "}").format_map(ctx))
    return out
