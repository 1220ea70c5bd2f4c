"""The version, on the ground floor: the package facade and the on-disk index both need it."""

__version__ = "0.1.0"
