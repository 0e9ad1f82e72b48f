"""``python -m vnreport`` runs the command line tool."""

from vnreport.cli.main import main

raise SystemExit(main())
