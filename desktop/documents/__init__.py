"""PDF documents built with reportlab from domain objects: no Qt, no SQL."""
