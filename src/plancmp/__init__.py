"""plancmp: compare the quantitative targets of Chinese education plans."""

__version__ = "0.1.0"
