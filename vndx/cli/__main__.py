"""`python -m vndx.cli ...` = the `vndx` command (how `vndx run` starts the demo site)."""

import sys

from vndx.cli import main

sys.exit(main())
