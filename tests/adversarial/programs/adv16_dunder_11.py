"""A dunder given by assignment in the class body (`__str__ = render`), where `render` is a
module function that logs: the prompts format such objects in a fanned-out loop."""

import autoform as af

CAUSE = "dunder bound by class-body assignment"
LOG = []


def render(self):
    LOG.append(f"render {self.name}")
    return self.name.title()


class Topic:
    def __init__(self, name):
        self.name = name

    __str__ = render


ARGS = ([Topic("owls"), Topic("cats"), Topic("dogs")],)


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"About {t}"}], model="m"))
    return out
