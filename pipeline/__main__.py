"""`python -m pipeline` is the same as the `sovtune` command."""

from pipeline.cli import app

app(prog_name="sovtune")
