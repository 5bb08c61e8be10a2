"""Reading an article: bytes, pages, Markdown and HTML in; an Article with roles out."""

from __future__ import annotations
