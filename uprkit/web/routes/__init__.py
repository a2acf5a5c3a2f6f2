"""The routers: pages (``pages_*``) and the JSON API (``api_*``), each a thin layer over the library."""
