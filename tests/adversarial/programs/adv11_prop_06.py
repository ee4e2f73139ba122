"""A settings module answers MODEL from a module __getattr__ (which prints); main prints
first, then asks with it."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared import lazy  # noqa: E402

CAUSE = "compile reads"
ARGS = ("owls",)


def main(topic: str):
    lazy.LOADED.clear()
    print("start")
    a = af.lm_call([{"role": "user", "content": topic}], model=lazy.MODEL)
    return a, list(lazy.LOADED)
