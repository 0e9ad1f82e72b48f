"""The HTML preview: a laid-out page as it will look printed, for Jupyter and browsers.

:func:`html_page` reads a :class:`~vnreport.layout.page.Page` as the .docx renderer does
and writes one self-contained fragment (no external resource, no script, every user
string escaped); :meth:`vnreport.Document._repr_html_` shows it in a notebook.
"""

from vnreport.render.html.document import html_page, html_table

__all__ = ["html_page", "html_table"]
