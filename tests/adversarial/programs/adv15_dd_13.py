"""A frozen slotted dataclass holding a defaultdict, passed in."""

import collections
import dataclasses

import autoform as af

CAUSE = "defaultdict read inserts"


@dataclasses.dataclass(frozen=True, slots=True)
class Config:
    label: str
    hits: collections.defaultdict


ARGS = (["owls", "cats", "dogs"], Config("x", collections.defaultdict(int)))


def main(items: list, cfg: Config):
    out = []
    for t in items:
        r = af.lm_call(
            [{"role": "user", "content": f"{cfg.label}{t} / {len(cfg.hits)}"}], model="m"
        )
        out.append(cfg.hits[r])
    return out
