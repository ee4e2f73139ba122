"""A key read from a dict of routes with the reply as key is missing (KeyError); an
independent call after it fails too, later in program order."""

import autoform as af

CAUSE = "deferred"
ARGS = ("refund please",)
FAIL = {"audit"}


def main(ticket: str):
    routes = {"billing": "You handle billing.", "tech": "You handle tech."}
    kind = af.lm_call([{"role": "user", "content": "classify: " + ticket}], model="m")
    system = routes[kind.strip("<>")]
    audit = af.lm_call([{"role": "user", "content": "audit " + ticket}], model="m")
    answer = af.lm_call(
        [{"role": "system", "content": system}, {"role": "user", "content": ticket}], model="m"
    )
    return [audit, answer]
