"""skilldeo-api: the toolchain that turns openapi.yaml into a trusted contract, an SDK and docs."""

__version__ = "0.1.0"
