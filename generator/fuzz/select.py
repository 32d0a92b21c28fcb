"""Which operations the fuzzer may call: --include/--exclude by operationId or tag, and safety.

Against a server that is not on this machine, the operations that change state or send e-mail
are left out unless --allow-writes: fuzzing production must not sign strangers up or mail
candidates. Pure functions over the loaded spec, so the rule is tested without any traffic.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.core.spec import Spec

# Create users/organisations, send OTP e-mails, or invite candidates by e-mail.
WRITE_OPERATIONS = ("signupOTP", "signupVerify", "loginOTP", "interviewInvite")


class SelectionError(ValueError):
    """An --include/--exclude name that is neither an operationId nor a tag, or nothing left."""


@dataclass(frozen=True)
class Selection:
    operation_ids: tuple[str, ...]
    withheld: tuple[str, ...]  # left out only because the target is not loopback


def is_loopback(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _index(spec: Spec) -> dict[str, set[str]]:
    """Every name --include/--exclude accepts -> the operationIds it stands for."""
    names: dict[str, set[str]] = {}
    for op in spec.operations():
        names.setdefault(op.operation_id, set()).add(op.operation_id)
        for tag in op.data.get("tags") or []:
            names.setdefault(str(tag), set()).add(op.operation_id)
    return names


def _expand(names: list[str], index: dict[str, set[str]], option: str) -> set[str]:
    unknown = [name for name in names if name not in index]
    if unknown:
        known = ", ".join(sorted(index))
        raise SelectionError(
            f"{option} {', '.join(unknown)}: not an operationId or tag (known: {known})"
        )
    return {op for name in names for op in index[name]}


def select(
    spec: Spec, base_url: str, *, allow_writes: bool, include: list[str], exclude: list[str]
) -> Selection:
    """The operationIds to fuzz, in document order."""
    index = _index(spec)
    every = [op.operation_id for op in spec.operations()]
    wanted = _expand(include, index, "--include") if include else set(every)
    wanted -= _expand(exclude, index, "--exclude")
    withheld: list[str] = []
    if not allow_writes and not is_loopback(base_url):
        withheld = [op for op in every if op in wanted and op in WRITE_OPERATIONS]
        wanted -= set(withheld)
    chosen = tuple(op for op in every if op in wanted)
    if not chosen:
        hint = (
            " (writes are left out on non-loopback servers; see --allow-writes)" if withheld else ""
        )
        raise SelectionError(f"no operation left to fuzz{hint}")
    return Selection(chosen, tuple(withheld))


def secured(spec: Spec, operation_ids: tuple[str, ...]) -> list[str]:
    """The operations among `operation_ids` that declare a security requirement."""
    default = spec.data.get("security")
    return [
        op.operation_id
        for op in spec.operations()
        if op.operation_id in operation_ids and op.data.get("security", default)
    ]
