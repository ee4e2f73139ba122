"""Comprehensions that call the model fan out like the loops they stand for: with an `if`,
as a set, and as a generator expression taken whole by `str.join` or `sorted`."""

import autoform as af


def ask(text):
    return af.lm_call([{"role": "user", "content": text}], model="m")


@af.concurrent
def pipeline(docs: list[str]) -> dict:
    gists = [af.lm_call([{"role": "user", "content": f"gist {d}"}], model="m") for d in docs]
    table = {d: af.lm_call([{"role": "user", "content": d}], model="m") for d in docs}
    titled = [ask(f"title {d}") for d in docs if d.strip()]
    tags = {ask(f"tag {len(d)}") for d in docs}
    digest = "\n".join(ask(f"line {d}") for d in docs)
    ranked = sorted(ask(f"rank {d}") for d in docs)
    return {
        "gists": gists,
        "table": table,
        "titled": titled,
        "tags": sorted(tags),
        "digest": digest,
        "ranked": ranked,
    }
