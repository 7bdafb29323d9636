"""``python -m rag`` runs the newsrag CLI."""

import sys

from rag.cli import main

sys.exit(main())
