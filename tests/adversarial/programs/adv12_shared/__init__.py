"""Second modules of the adv12 programs."""
