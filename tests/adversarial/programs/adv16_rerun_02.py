"""json.loads of a reply on its own line feeds a later call through a local dict that main
mutates between the parse and the call."""

import json

import autoform as af

CAUSE = "rerun step - local dict mutated"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": json.dumps({"t": topic})}], model="m")
    opts = {"style": "short"}
    data = json.loads(json.dumps({"r": a, "style": opts["style"]}))
    opts["style"] = "long"
    b = af.lm_call([{"role": "user", "content": data["r"] + data["style"]}], model="m")
    return b, opts
