"""main fills a template from its own locals()."""

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    facts = ask("facts about " + topic)
    summary = ask("summarize {facts} for {topic}".format(**locals()))
    return [facts, summary]
