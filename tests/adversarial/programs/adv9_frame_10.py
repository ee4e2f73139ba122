"""A failing call spread over several lines; its traceback is formatted inside an f-string."""

import traceback

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
FAIL = ["bad"]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        b = af.lm_call(
            [{"role": "user", "content": "bad " + a}],
            model="m",
        )
    except Exception:
        print(f"failed:\n{traceback.format_exc(limit=1)}")
        b = None
    return [a, b]
