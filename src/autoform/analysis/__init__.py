"""The analyses, one per module. Each reads the tree and annotates; none changes it."""
