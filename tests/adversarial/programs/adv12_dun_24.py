"""dataclass(order=True) items whose field is a Tag of another module (its __lt__ counts);
each turn sorts and quotes the count."""

import dataclasses
import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv12_shared.hidden import Tag  # noqa: E402

CAUSE = "fan-out dataclass order field"
ARGS = (["owls", "cats", "dogs"],)
Tag.calls = 0  # (the shared module outlives one run)


@dataclasses.dataclass(order=True)
class Item:
    tag: object


def main(topics: list):
    items = [Item(Tag("b")), Item(Tag("a"))]
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        items.sort()
        out.append(af.lm_call([{"role": "user", "content": f"{r} {Tag.calls}"}], model="m"))
    return out
