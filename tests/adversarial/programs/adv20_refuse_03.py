"""json.load(open(p)) before a loop of calls."""


import autoform as af

CAUSE = "json.loadopenp before a loop of call"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import json
import os
import tempfile

P = os.path.join(tempfile.gettempdir(), "adv20_refuse_03.json")
with open(P, "w") as _f:
    json.dump({"k": "v"}, _f)


def main(items):
    cfg = json.load(open(P))
    return [ask(t + cfg["k"]) for t in items]
