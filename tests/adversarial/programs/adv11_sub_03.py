"""Straight-line: the second, independent call's prompt formats a document (its __str__
prints) and the topic's first letter (a subscript); prints come between the calls."""

import autoform as af

CAUSE = "subscript drops when_plain"
ARGS = ("owls",)


class Doc:
    def __str__(self):
        print("render doc")
        return "doc"


DOC = Doc()


def main(topic: str):
    print("start")
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("between")
    b = af.lm_call([{"role": "user", "content": f"{DOC} {topic[0]}"}], model="m")
    return [a, b]
