"""Straight-line: a config property bumps a module counter; the second independent call's
prompt quotes the counter after the property is read."""

import autoform as af

CAUSE = "compile reads"
ARGS = ("owls",)
READS = 0


class Config:
    @property
    def style(self):
        global READS
        READS += 1
        return "brief"


CFG = Config()


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    style = CFG.style
    b = af.lm_call([{"role": "user", "content": f"{style} {topic} {READS}"}], model="m")
    return [a, b]
