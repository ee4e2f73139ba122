"""A recursive summarizer over a tree of topics; each node's children are summarized,
then the node, logging as it goes."""

import autoform as af

CAUSE = "recursion"
LOG = []
ARGS = (
    {
        "name": "animals",
        "kids": [
            {"name": "owls", "kids": []},
            {"name": "cats", "kids": [{"name": "lions", "kids": []}]},
        ],
    },
)


def summarize(node):
    parts = [summarize(k) for k in node["kids"]]
    LOG.append("summarize " + node["name"])
    return af.lm_call(
        [{"role": "user", "content": node["name"] + " " + " ".join(parts)}], model="m"
    )


def main(tree: dict):
    return summarize(tree)
