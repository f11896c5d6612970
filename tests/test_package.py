"""The package as a user gets it: one abi3 wheel, importable in a clean venv, with no OpenSSL linked."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pip_wheel_builds_one_abi3_wheel_that_imports_in_a_clean_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(dist)],
        check=True,
        cwd=ROOT,
    )
    wheels = list(dist.glob("*.whl"))
    assert len(wheels) == 1 and "-cp39-abi3-" in wheels[0].name, wheels
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-index", str(wheels[0])], check=True)
    out = subprocess.run(
        [
            str(py),
            "-c",
            ("import resilient_smtp, resilient_smtp._core as c; print(resilient_smtp.__version__); print(c.__file__)"),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    ).stdout.split()
    assert out[0] == resilient_smtp_version() and str(env_dir) in out[1]
    assert (Path(out[1]).parent / "py.typed").exists() and (Path(out[1]).parent / "_core.pyi").exists()
    linked = subprocess.run(["ldd", out[1]], capture_output=True, text=True).stdout
    assert "libssl" not in linked and "libcrypto" not in linked, linked


def resilient_smtp_version() -> str:
    import resilient_smtp

    return resilient_smtp.__version__
