"""Documents in bulk: one document description, one row of data per output (issue 12)."""
