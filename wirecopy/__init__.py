"""wirecopy: fetch, parse, clean and load news wire copy into DuckDB.

The installed package is `wirecopy` with the subpackages `wirecopy.flows`, `wirecopy.tasks`,
`wirecopy.schemas` and `wirecopy.dashboard`; in the repository they are the top-level folders
`flows/`, `tasks/`, `schemas/` and `dashboard/` (pyproject.toml maps them with `package-dir`).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wirecopy")
except PackageNotFoundError:  # a checkout that was never installed
    __version__ = "0+unknown"
