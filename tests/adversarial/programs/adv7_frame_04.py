"""A prompt template is filled from the caller's local variables, by name."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)


def render(template):
    return template.format(**sys._getframe(1).f_locals)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    facts = ask(render("facts about {topic}"))
    joke = ask(render("a joke about {topic}"))
    both = ask(render("combine {facts} and {joke}"))
    return [facts, joke, both]
