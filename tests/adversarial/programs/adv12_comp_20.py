"""A class attribute is a descriptor of another module that prints when read."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.hidden import Loud  # noqa: E402

CAUSE = "compile reads foreign descriptor"
ARGS = ("owls",)


class Cfg:
    model = Loud("m")


CFG = Cfg()


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=CFG.model)
