"""`.format` on a template object of the user's that logs."""

import autoform as af

CAUSE = 4
ARGS = ("bread",)
FAIL = {"knead"}
LOG = []


class Template:
    def __init__(self, text):
        self.text = text

    def format(self, *args):
        LOG.append(self.text)
        return self.text.format(*args)


def main(topic: str):
    t = Template("bake {}")
    first = af.lm_call([{"role": "user", "content": "knead " + topic}], model="m")
    prompt = t.format(topic)
    return first + af.lm_call([{"role": "user", "content": prompt}], model="m")
