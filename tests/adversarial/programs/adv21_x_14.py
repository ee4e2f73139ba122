"""match with class patterns over dataclass built from replies."""

import dataclasses

import autoform as af

CAUSE = "match class pattern dataclass"
ARGS = (["owls", "cats"],)


@dataclasses.dataclass
class Msg:
    kind: str
    body: str


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        m = Msg(t, ask(t))
        match m:
            case Msg(kind="cats", body=b):
                out.append(ask("cat " + b))
            case Msg(body=b):
                out.append(b)
    return out
