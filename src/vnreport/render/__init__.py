"""Renderers: the laid-out model in, a file or a text out. Only this package knows docxtpl."""
