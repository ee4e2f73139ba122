"""dataclass instances filled from replies, frozen mutation attempt fails."""

import dataclasses
import sys
import traceback

import autoform as af

CAUSE = "frozen dataclass"
ARGS = (["owls", "cats"],)


@dataclasses.dataclass(frozen=True)
class R:
    t: str
    r: str


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    rs = [R(t, ask(t)) for t in items]
    try:
        rs[0].r = ask("x")
    except dataclasses.FrozenInstanceError:
        traceback.print_exc(file=sys.stdout)
    return [dataclasses.astuple(r) for r in rs]
