"""json.loads of a reply that is not JSON, with a print after it and a later independent
call: the JSONDecodeError comes, the print does not."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("cats",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "plan " + topic}], model="m")
    plan = json.loads(a)
    print("parsed the plan")
    b = af.lm_call([{"role": "user", "content": "other " + topic}], model="m")
    c = af.lm_call([{"role": "user", "content": "do " + str(plan)}], model="m")
    return [b, c]
