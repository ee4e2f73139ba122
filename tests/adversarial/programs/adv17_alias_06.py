"""The prompt is built from `t` and a settings dict that is also one of the items (a config
record in the stream)."""

import autoform as af

CAUSE = "item aliases settings"
_S = {"style": "short"}
ARGS = ([{"style": "x"}, _S, {"style": "y"}], _S)


def main(items: list, settings: dict):
    out = []
    for it in items:
        r = af.lm_call(
            [{"role": "user", "content": f"{it['style']} / {settings['style']}"}], model="m"
        )
        it["style"] = r[-6:]
        out.append(r)
    return out
