"""Every tunable of the aligner in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class AlignSettings:
    """Thresholds and weights of the aligner. Defaults are chosen by measurement (see ``bench/``)."""

    link_threshold: float = 0.35
    """Minimum similarity (0 to 1) for two passages to be linked at all."""
    agree_threshold: float = 0.6
    """Minimum similarity for a linked item with no material difference to be called ``agree``."""

    def as_dict(self) -> dict[str, float]:
        """The settings as a plain mapping (for exports)."""
        return {key: float(value) for key, value in asdict(self).items()}
