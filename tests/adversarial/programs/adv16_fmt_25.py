"""A log line rendered with %-formatting from a defaultdict of stats (missing stats print
as 0) after each reply; the prompts quote how many stats exist (an int read first)."""

import collections

import autoform as af

CAUSE = "percent stats line inserts"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    stats = collections.defaultdict(int)
    lines = []
    for t in items:
        k = len(stats)
        r = af.lm_call([{"role": "user", "content": f"{t} stats={k}"}], model="m")
        stats["chars"] += len(r)
        lines.append("chars=%(chars)d retries=%(retries)d" % stats)
    return lines, dict(stats)
