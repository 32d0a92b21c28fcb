"""The diff job: what changed between two specs, and whom it breaks; the changelog built from it.

`diff(base, head)` compares two loaded specs and returns a `Report` (`report`): every change with
where it is and two grades, one for wire clients (anything speaking HTTP, including SDKs already
shipped) and one for SDK users upgrading to the SDK regenerated from `head`. The detectors live in
`ops` (operations, tags, security, servers), `payloads` (parameters, bodies, responses), `schema`
(schemas, by direction) and `components` (component renames, documentation); `render` prints a
report as text, JSON or Markdown; `changelog` writes CHANGELOG.md from the released versions;
`shape` refuses a document that is not shaped like OpenAPI before any of them reads it.
"""

from generator.diff.model import GRADES, Change, Grade
from generator.diff.report import Bump, Report, diff, parse_version

__all__ = ["GRADES", "Bump", "Change", "Grade", "Report", "diff", "parse_version"]
