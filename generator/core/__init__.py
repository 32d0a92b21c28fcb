"""The spec and what every job derives from it: loading, paths, effective schemas, naming."""
