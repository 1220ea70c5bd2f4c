"""Allow `python -m plancmp`."""

from plancmp.cli import main

main()
