"""The typed model of an administrative document. It never touches OOXML or templates."""
