"""A router matches each classification reply and dispatches a second call per route."""

import autoform as af

CAUSE = "match"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    out = []
    for t in topics:
        c = af.lm_call([{"role": "user", "content": "classify " + t}], model="m")
        match c[-3:-1]:
            case "ls":
                LOG.append("owl route")
                out.append(af.lm_call([{"role": "user", "content": "owl " + c}], model="m"))
            case "ts" | "gs":
                LOG.append("pet route")
                out.append(af.lm_call([{"role": "user", "content": "pet " + c}], model="m"))
            case other:
                LOG.append("other " + other)
    return out
