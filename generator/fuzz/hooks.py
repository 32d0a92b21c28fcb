"""schemathesis hooks for plain `st run` users: our checks, and the login from the environment.

schemathesis.toml names this module (`hooks = "generator.fuzz.hooks"`), so `st run openapi.yaml
--url URL` runs the same checks as `skilldeo-api fuzz`. Credentials come from SKILLDEO_TOKEN, or
SKILLDEO_EMAIL (+ SKILLDEO_OTP_COMMAND; without it the code is read from the bundled mock's
outbox). `skilldeo-api fuzz` registers its own login on the schema, which takes precedence.
It also guards `ast.parse`, so that `st run --workers N` survives the CPython race described in
`generator.fuzz.threads`.
"""

from __future__ import annotations

import schemathesis

from generator.fuzz import checks  # noqa: F401  (registers our checks with schemathesis)
from generator.fuzz.auth import Credentials, register
from generator.fuzz.threads import guard_ast_parse

guard_ast_parse()

_creds = Credentials.from_env()
if _creds is not None:
    register(schemathesis.auth, _creds, _creds.token)
