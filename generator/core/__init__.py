"""The spec and what every job derives from it: loading, paths, effective schemas, naming.

`load(path_or_revision)` is the entry point: a `Spec` that remembers each node's line, so every
job reports problems as `file:line: rule: message`. Nothing here imports another job.
"""

from generator.core.spec import Operation, Spec, SpecError, load

__all__ = ["Operation", "Spec", "SpecError", "load"]
