"""The server-rendered web UI (Jinja2 with autoescape, Plotly served from the local package)."""
