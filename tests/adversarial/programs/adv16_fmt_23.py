"""format_map over a local defaultdict in nested loops (groups of topics): each inner item
fills a report line from a reply-derived field; prompts quote the context size (an int)."""

import collections

import autoform as af

CAUSE = "format_map nested loops"
ARGS = ([["owls", "cats"], ["dogs", "bees"]],)


def main(groups: list):
    ctx = collections.defaultdict(str)
    lines = {}
    for g in groups:
        for t in g:
            n = len(ctx)
            r = af.lm_call([{"role": "user", "content": f"{t} n={n}"}], model="m")
            lines[(g[0], t)] = ("{" + r[3:7] + "}|").format_map(ctx)
    return lines, len(ctx)
