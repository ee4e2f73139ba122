"""Items carry a start offset for str.find as text; the prompt holds the position. A bad
offset (text) raises TypeError at the first item; nothing should be asked."""

import autoform as af

CAUSE = "find str start in loop"
ARGS = ([("owls:night", "0"), ("cats:day", "0")],)


def main(items: list):
    out = []
    try:
        for text, start in items:
            pos = text.find(":", start)
            out.append(af.lm_call([{"role": "user", "content": f"{text} {pos}"}], model="m"))
    except TypeError as e:
        print("bad offset:", e)
    return out
