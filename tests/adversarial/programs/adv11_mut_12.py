"""Look-ahead through a list of dicts: each turn writes a hint into the next item's dict."""

import autoform as af

CAUSE = "mutation"
ARGS = ([{"t": "owls"}, {"t": "cats"}, {"t": "dogs"}],)


def main(items: list):
    out = []
    for i, item in enumerate(items):
        r = af.lm_call([{"role": "user", "content": item["t"] + item.get("hint", "")}], model="m")
        if i + 1 < len(items):
            items[i + 1]["hint"] = " after " + r[3:7]
        out.append(r)
    return out
