"""Comprehensions that call the model fan out like the loops they stand for."""

import autoform as af


@af.concurrent
def pipeline(docs: list) -> dict:
    gists = [af.lm_call([{"role": "user", "content": f"gist {d}"}], model="m") for d in docs]
    table = {d: af.lm_call([{"role": "user", "content": d}], model="m") for d in docs}
    return {"gists": gists, "table": table}
