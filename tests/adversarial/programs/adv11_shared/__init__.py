"""Second modules of the adv11 programs."""
