"""Second modules of the adv10 programs: helpers whose source is not in the program's file."""
