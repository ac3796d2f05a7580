"""Keeping a photo or scan as evidence: copied into the data directory under its SHA-256."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from app.errors import Code, Refused
from app.services.commands import EvidenceFile


def store_evidence(source: Path, evidence_dir: Path) -> EvidenceFile:
    """Copy the file in under its own hash (never overwritten); Refused if it cannot be read."""
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise Refused(
            Code.BAD_EVIDENCE,
            f"cannot read evidence {source}: {exc.strerror or exc}",
            file=str(source),
        ) from exc
    if not data:
        raise Refused(Code.BAD_EVIDENCE, f"evidence {source} is empty", file=str(source))
    digest = hashlib.sha256(data).hexdigest()
    evidence_dir.mkdir(parents=True, exist_ok=True)
    target = evidence_dir / f"{digest}{source.suffix.lower()}"
    if not target.exists():
        partial = target.with_suffix(target.suffix + ".partial")
        shutil.copyfile(source, partial)
        partial.replace(target)
    return EvidenceFile(source.name, str(target), digest)
