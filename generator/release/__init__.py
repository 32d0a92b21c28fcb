"""The release job: the version gate of `check`, and `skilldeo-api release`.

`gate.problems(spec)` says when info.version does not reflect the changes since the last release
(the newest spec frozen in versions/), which version to use and why. `freeze.release(path)`
freezes the spec as a released version: it sets info.version, writes `versions/<version>.yaml`
and the version's changelog entries once (`generator.diff.changelog`); the CLI regenerates after.
"""

from generator.release.freeze import Released, ReleaseError, release
from generator.release.gate import problems, tag_problems

__all__ = ["ReleaseError", "Released", "problems", "release", "tag_problems"]
