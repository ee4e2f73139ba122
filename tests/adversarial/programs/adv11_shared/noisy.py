"""A plugin module that announces itself when first imported."""

print("noisy plugin loaded")
STYLE = "brief"
