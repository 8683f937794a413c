"""Running eventwire at scale: engines beyond one process (``ray_engine``).

Nothing here is imported by ``import eventwire``; the Ray engine is loaded
only when ``--engine ray`` (``Pipeline(engine="ray")``) is used.
"""
