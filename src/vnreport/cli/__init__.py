"""The ``vnreport`` command line tool."""
