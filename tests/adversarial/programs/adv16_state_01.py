"""A settings helper returns the module's config dict itself; main tweaks it (temperature
label) after the first reply, and a prompt builder reads it for each later call."""

import autoform as af

CAUSE = "helper returns module dict - caller mutates"
ARGS = (["owls", "cats", "dogs"],)
CONFIG = {"tone": "plain", "n": 0}


def settings():
    return CONFIG


def prompt(t):
    return f"[{CONFIG['tone']}#{CONFIG['n']}] {t}"


def main(items: list):
    first = af.lm_call([{"role": "user", "content": prompt(items[0])}], model="m")
    cfg = settings()
    cfg["tone"] = "vivid" if "owls" in first else "dry"
    cfg["n"] += 1
    rest = [af.lm_call([{"role": "user", "content": prompt(t)}], model="m") for t in items[1:]]
    return first, rest
