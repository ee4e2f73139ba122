"""A str subclass (a topic carrying its own seen-table, a defaultdict); the parameter is
annotated str."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Topic(str):
    pass


TOPIC = Topic("birds")
TOPIC.seen = collections.defaultdict(int)
ARGS = (["owls", "cats", "dogs"], TOPIC)


def main(items: list, topic: str):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{topic}:{t} / {len(topic.seen)}"}], model="m")
        out.append(topic.seen[r])
    return out
