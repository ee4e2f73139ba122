"""A request id (a big int from the caller) is put into each record with an f-string;
converting an int of more than 4300 digits to text raises ValueError."""

import autoform as af

CAUSE = "huge int f-string"
ARGS = (["owls", "cats", "dogs"], 10**5000)


def main(items: list, request_id: int):
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(f"{r} [{request_id}]")
    except ValueError as e:
        print("error:", str(e)[:40])
    return out
