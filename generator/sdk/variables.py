"""Which values a code sample reads from the environment, the same in every language.

The samples of the reference page (curl and fetch in `generator.docs`, Python and JavaScript
through the SDKs here) take the base URL from SKILLDEO_BASE_URL and the token from
SKILLDEO_TOKEN. Every field whose name some link of the spec carries from one call to the next
(a `session_id`, an `org_id`, a `campaignId`...) is read from `SKILLDEO_<FIELD>`, wherever it is
sent, not only where a link leads: `org_id` comes from SKILLDEO_ORG_ID in every operation that
sends one, so a sample never holds another organisation's id. `campaignId` and `campaign_id` share
SKILLDEO_CAMPAIGN_ID. The documented example is the fallback, so the samples run unchanged
against the mock, whose seed holds the documented records. The code a person reads in the e-mail
comes from no response; it is SKILLDEO_OTP.
"""

from __future__ import annotations

import re
from typing import Any

from generator.core.spec import Spec
from generator.sdk.analysis import OtpPair, SdkSpec

__all__ = [
    "ENV",
    "ENV_BY_FIELD",
    "OTP",
    "OTP_PROMPT",
    "carried_fields",
    "email_example",
    "env_name",
    "linked",
    "login_pair",
    "otp_pair",
    "variable",
]

ENV = "SKILLDEO"
# The code the user reads in their e-mail comes from no response, so no link can say where it
# comes from; every language reads it from SKILLDEO_OTP.
ENV_BY_FIELD = {"verification_code": f"{ENV}_OTP"}
# Asked for when its variable is not set, once the e-mail has been sent: every language alike.
OTP = f"{ENV}_OTP"
OTP_PROMPT = "Code from the e-mail: "


def env_name(field_name: str) -> str:
    """The variable of a field: `SKILLDEO_` and the name in upper snake case."""
    if field_name in ENV_BY_FIELD:
        return ENV_BY_FIELD[field_name]
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", field_name)
    return f"{ENV}_{re.sub(r'[^A-Za-z0-9]+', '_', snake).strip('_').upper()}"


def carried_fields(spec: Spec) -> dict[str, set[str]]:
    """operationId -> the parameters and top-level body fields that links carry between calls."""
    carried: dict[str, set[str]] = {}
    for op in spec.operations():
        for response in (op.data.get("responses") or {}).values():
            for link in (spec.resolve(response).get("links") or {}).values():
                link = spec.resolve(link)
                target = link.get("operationId")
                values: dict[str, Any] = dict(link.get("parameters") or {})
                body = link.get("requestBody")
                if isinstance(body, dict):
                    values.update(body)
                for name, value in values.items():
                    runtime = isinstance(value, str) and value.startswith("$")
                    if runtime and isinstance(target, str):
                        carried.setdefault(target, set()).add(name.rpartition(".")[2])
                    if runtime and value.startswith("$request.body#/"):
                        source = value.removeprefix("$request.body#/").split("/")[0]
                        carried.setdefault(op.operation_id, set()).add(source)
                    elif runtime and value.startswith(("$request.query.", "$request.path.")):
                        carried.setdefault(op.operation_id, set()).add(value.rpartition(".")[2])
    return carried


def linked(spec: Spec) -> set[str]:
    """The variables the samples read besides the base URL and the token: one for each field
    name a link carries anywhere in the spec, and the e-mailed code's."""
    found = {env_name(name) for names in carried_fields(spec).values() for name in names}
    return found | set(ENV_BY_FIELD.values())


def variable(spec_vars: set[str], field_name: str) -> str:
    """The variable a sample reads `field_name` from, or "" when it sends the example as is."""
    name = env_name(field_name)
    return name if name in spec_vars else ""


def otp_pair(sdk: SdkSpec, operation_id: str) -> OtpPair | None:
    """The OTP flow `operation_id` starts or verifies, whose samples read SKILLDEO_EMAIL."""
    for pair in sdk.otp_pairs:
        if operation_id in (pair.start.operation_id, pair.verify.operation_id):
            return pair
    return None


def login_pair(sdk: SdkSpec) -> OtpPair | None:
    """The OTP flow a sample signs in with when SKILLDEO_TOKEN is not set."""
    return next((p for p in sdk.otp_pairs if p.helper == "login"), None)


def email_example(pair: OtpPair | None) -> str | None:
    """The documented address of an OTP flow, SKILLDEO_EMAIL's fallback in every language (a
    registered address to log in, a new one to sign up); None when its start sends no body."""
    if pair is None or pair.start.request is None:
        return None
    examples = (pair.start.request.properties.get("email") or {}).get("examples") or [""]
    return str(examples[0])
