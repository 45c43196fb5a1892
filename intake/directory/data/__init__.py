"""TOML data files of the windows directory (one per municipality, plus national.toml)."""
