"""The mock: a stateful skilldeo server driven by openapi.yaml, for offline work and fuzzing.

Routes, parameters and request validation are compiled from the spec once at start
(`contract.py`); the ten operations are handled by operationId (`handlers.py`) over one SQLite
store (`store.py`) seeded from `seed.json` (`seed.py`). Test controls (faults, latency, the clock,
the outbox, reset) live under `/_mock/`, outside the public API.
"""
