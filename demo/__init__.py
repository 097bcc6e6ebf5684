"""The demo site: content as data files (demo/content/*.json), one loader per collection
(demo/loaders/), small generators for the files it attaches (PDF, XLSX, images: demo/files.py,
demo/datasets.py) and the `load_demo_content` command. It sits at the top of the import graph: it imports
every app, and nothing imports it."""
