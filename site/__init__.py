"""Site-wide layer of Decentralization.Net, importable as ``decnet``.

The folder is called ``site`` (a layout requirement), but ``site`` is a standard-library module that
Python imports at start-up. ``pyproject.toml`` therefore maps the import name ``decnet`` onto this
folder (``[tool.setuptools] package-dir``); ``make setup`` installs the project in editable mode so
``import decnet`` resolves here. See DEVELOPERS.md.
"""
