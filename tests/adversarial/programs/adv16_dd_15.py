"""Top-level (no loop): main installs a defaultdict in its argument dict, reads a reply key
of it, then asks with the table's size; a third independent call quotes the size too."""

import collections

import autoform as af

CAUSE = "defaultdict stored into argument - straight-line"
ARGS = ("owls", {"seen": {}})


def main(topic: str, ctx: dict):
    ctx["seen"] = collections.defaultdict(int)
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    hits = ctx["seen"][a]
    b = af.lm_call([{"role": "user", "content": f"size {len(ctx['seen'])}"}], model="m")
    return hits, b
