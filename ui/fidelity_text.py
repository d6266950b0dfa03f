"""Fidelity figures as the pages print them: one formatting for every page, so a FID, a KID or a
precision reads the same wherever it appears, always with its n (core.fidelity's protocol)."""
from __future__ import annotations


def fidelity_fields(scored: dict, reference: dict) -> dict[str, str]:
    """Format fields of a core.fidelity.Fidelity record and the real reference at the same n:
    n, fid, reference (real images' FID), ratio, kid, kid_sd, reference_kid, precision, recall."""
    return {"n": f"{scored['n']:,}", "fid": f"{scored['fid']:.1f}", "reference": f"{reference['fid']:.1f}",
            "ratio": f"{scored['fid'] / reference['fid']:.1f}", "kid": f"{scored['kid']:.0f}",
            "kid_sd": f"{scored['kid_sd']:.0f}", "reference_kid": f"{reference['kid']:.0f}",
            "precision": f"{scored['precision']:.2f}", "recall": f"{scored['recall']:.2f}"}
