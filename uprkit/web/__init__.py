"""``uprkit serve``: the web workbench (search, documents, countries, draft review) and its JSON API.

>>> from uprkit.web.app import create_app                                # doctest: +SKIP
>>> app = create_app("upr.db")        # a FastAPI app; run it with uvicorn, or `uprkit serve --db upr.db`

The pages are rendered on the server (Jinja2, autoescaped); the API lives under ``/api/`` and is described by
the app's OpenAPI schema at ``/openapi.json``. Library logic the pages need lives in plain modules here
(:mod:`~uprkit.web.review`, :mod:`~uprkit.web.repeats`, :mod:`~uprkit.web.uploads`) and in
:mod:`uprkit.store.pages`; the route modules under :mod:`uprkit.web.routes` only turn requests into calls.
"""
