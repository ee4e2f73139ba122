"""A helper prints part of its output and then raises on a reply it cannot use; the caller
catches it, prints, and goes on with an independent call."""

import autoform as af

CAUSE = "helper raises after output"
ARGS = (["owls", "cats"],)


class BadReply(ValueError):
    pass


def check(reply, n):
    print(f"checking {n}")
    if len(reply) % 2 == 0:
        raise BadReply(f"even-length reply #{n}: {reply}")
    print(f"ok {n}")
    return reply


def main(items: list):
    res = []
    for n, t in enumerate(items):
        try:
            res.append(check(af.lm_call([{"role": "user", "content": t}], model="m"), n))
        except BadReply as e:
            print("caught", e)
            res.append(None)
    res.append(af.lm_call([{"role": "user", "content": "independent"}], model="m"))
    return res
