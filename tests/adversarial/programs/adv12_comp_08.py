"""The model name is a module attribute of another module whose module class was swapped
for one with a printing property."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared import lazymod  # noqa: E402

CAUSE = "compile reads module class property"
ARGS = ("owls",)


def main(topic: str):
    print("start")
    return af.lm_call([{"role": "user", "content": topic}], model=lazymod.MODEL)
