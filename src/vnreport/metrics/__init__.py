"""Times New Roman's metrics: how wide a text is on paper. Used to draw the rules the decree
sizes by the text above them, and to check them in documents vnreport did not write."""

from vnreport.metrics.measure import TWIPS_PER_MM, TWIPS_PER_POINT, longest_line, text_width

__all__ = ["TWIPS_PER_MM", "TWIPS_PER_POINT", "longest_line", "text_width"]
