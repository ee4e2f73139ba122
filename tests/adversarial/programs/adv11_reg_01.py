"""A router notes every prompt in another module's registry before the call; the number of
prompts seen goes into the next prompt."""

import sys
from pathlib import Path

import autoform as af

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
from adv11_shared import registry

CAUSE = "registry"
ARGS = (["billing", "bug", "praise"],)


def ask(q):
    k = registry.note(q)
    return af.lm_call([{"role": "user", "content": f"[{k}] {q}"}], model="m")


def main(tickets: list):
    registry.SEEN.clear()
    routes = [ask(f"route {t}") for t in tickets]
    total = registry.seen_count()
    final = ask(f"summarise {total} routes")
    return routes, final, list(registry.SEEN)
