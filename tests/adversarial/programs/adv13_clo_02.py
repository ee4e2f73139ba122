"""functools.partial binds a shared list into a recorder callback passed to a helper that
calls back after each reply; nonlocal counter in a nested function."""

import functools

import autoform as af

CAUSE = "partial callback nonlocal"
ARGS = (["owls", "cats", "dogs"],)


def record(store, tag, reply):
    store.append(f"{tag}:{len(reply)}")


def run_all(items, on_reply):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        on_reply(r)
        out.append(r)
    return out


def main(items: list):
    store = []
    count = 0

    def bump(reply):
        nonlocal count
        count += 1
        record(store, f"n{count}", reply)

    a = run_all(items, functools.partial(record, store, "first"))
    b = run_all([x[-6:] for x in a], bump)
    final = af.lm_call([{"role": "user", "content": ",".join(store)}], model="m")
    return b, final, count
