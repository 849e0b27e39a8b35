"""Build the Meja Pengaduan bundle and its installer with one command.

Usage, from the repository root, in an environment with ``pip install ".[build]"``::

    python packaging/build.py              # bundle, then the installer where makensis exists
    python packaging/build.py --selftest   # ... and run the frozen app's --selftest
    python packaging/build.py --reuse-bundle --require-installer   # only the installer

Steps: read the version from ``desktop/__init__.py``; write the Windows version resource
(``build/version_info.txt``); run PyInstaller on ``packaging/meja-pengaduan.spec`` into
``dist/meja-pengaduan``; compile ``packaging/installer.nsi`` with ``makensis`` into
``dist/MejaPengaduan-Setup-<version>.exe`` (on Linux ``...-linux-bundle.exe``: the script is
checked against the Linux bundle, an installer nobody should ship). Prints the sizes and times
and writes them to ``dist/build-figures.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "meja-pengaduan.spec"
NSI = ROOT / "packaging" / "installer.nsi"
DIST = ROOT / "dist"
WORK = ROOT / "build"
BUNDLE = DIST / "meja-pengaduan"
WINDOWS = sys.platform == "win32"
EXE = BUNDLE / ("meja-pengaduan.exe" if WINDOWS else "meja-pengaduan")
FIGURES = DIST / "build-figures.json"
NSIS_FOLDERS = (r"C:\Program Files (x86)\NSIS", r"C:\Program Files\NSIS")


@dataclass
class Figures:
    version: str
    platform: str
    bundle_bytes: int = 0
    bundle_seconds: float = 0.0
    installer: str = ""
    installer_bytes: int = 0
    installer_seconds: float = 0.0
    selftest_seconds: float = 0.0


def app_version() -> str:
    """``__version__`` from desktop/__init__.py, read as text (importing would pull in Qt)."""
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if found is None:
        raise SystemExit("desktop/__init__.py has no __version__ line")
    return found.group(1)


def four_numbers(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> ``(0, 1, 0, 0)``; suffixes such as ``rc1`` are dropped (Windows wants ints)."""
    release = re.match(r"\d+(\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")[:4]] if release else []
    padded = [*numbers, 0, 0, 0, 0]
    return padded[0], padded[1], padded[2], padded[3]


def version_resource(version: str) -> str:
    """The PyInstaller version file: what Explorer shows under Properties -> Details."""
    numbers = four_numbers(version)
    strings = {
        "CompanyName": "Tim Meja Pengaduan",
        "FileDescription": "Meja Pengaduan",
        "FileVersion": version,
        "InternalName": "meja-pengaduan",
        "LegalCopyright": "Tim Meja Pengaduan",
        "OriginalFilename": "meja-pengaduan.exe",
        "ProductName": "Meja Pengaduan",
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042104B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def folder_bytes(folder: Path) -> int:
    """On-disk size; PyInstaller's Linux bundle links libraries, counted once."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def find_makensis() -> str | None:
    found = shutil.which("makensis")
    if found or not WINDOWS:
        return found
    for folder in NSIS_FOLDERS:
        candidate = Path(folder) / "makensis.exe"
        if candidate.exists():
            return str(candidate)
    return None


def build_bundle(figures: Figures) -> None:
    WORK.mkdir(exist_ok=True)
    (WORK / "version_info.txt").write_text(version_resource(figures.version), encoding="utf-8")
    started = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK / 'pyinstaller'}",
        str(SPEC),
    ]
    print("+", " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)
    figures.bundle_seconds = time.perf_counter() - started
    figures.bundle_bytes = folder_bytes(BUNDLE)


def build_installer(figures: Figures, makensis: str) -> None:
    suffix = "" if WINDOWS else "-linux-bundle"
    target = DIST / f"MejaPengaduan-Setup-{figures.version}{suffix}.exe"
    version4 = ".".join(str(n) for n in four_numbers(figures.version))
    command = [
        makensis,
        "-V2",
        f"-DVERSION={figures.version}",
        f"-DVERSION4={version4}",
        f"-DBUNDLE={BUNDLE}",
        f"-DOUTFILE={target}",
        str(NSI),
    ]
    print("+", " ".join(command), flush=True)
    started = time.perf_counter()
    subprocess.run(command, cwd=NSI.parent, check=True)
    figures.installer_seconds = time.perf_counter() - started
    figures.installer = target.name
    figures.installer_bytes = target.stat().st_size


def run_selftest(figures: Figures) -> None:
    environment = dict(os.environ)
    if not WINDOWS:
        environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(f"+ {EXE} --selftest", flush=True)
    started = time.perf_counter()
    result = subprocess.run([str(EXE), "--selftest"], env=environment, check=False)
    figures.selftest_seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"the frozen app's --selftest failed (exit {result.returncode})")


def report(figures: Figures) -> str:
    rows = [
        ("versi", figures.version),
        ("bundle", f"{megabytes(figures.bundle_bytes)} in {figures.bundle_seconds:.0f} s"),
    ]
    if figures.installer:
        rows.append(
            (
                "installer",
                f"{figures.installer}: {megabytes(figures.installer_bytes)} "
                f"in {figures.installer_seconds:.0f} s",
            )
        )
    if figures.selftest_seconds:
        rows.append(("--selftest", f"lulus in {figures.selftest_seconds:.1f} s"))
    return "\n".join(f"{name:<11} {value}" for name, value in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Meja Pengaduan bundle and installer.")
    parser.add_argument(
        "--reuse-bundle", action="store_true", help="keep dist/meja-pengaduan as it is"
    )
    parser.add_argument("--no-installer", action="store_true", help="skip makensis")
    parser.add_argument(
        "--require-installer", action="store_true", help="fail when makensis is missing"
    )
    parser.add_argument("--selftest", action="store_true", help="run the frozen --selftest")
    args = parser.parse_args(argv)

    figures = Figures(version=app_version(), platform=sys.platform)
    if args.reuse_bundle and EXE.exists():
        figures.bundle_bytes = folder_bytes(BUNDLE)
    else:
        build_bundle(figures)
    if args.selftest:
        run_selftest(figures)
    if not args.no_installer:
        makensis = find_makensis()
        if makensis is None:
            if args.require_installer:
                raise SystemExit("makensis not found: install NSIS (Debian: apt-get install nsis)")
            print("makensis not found: the installer was not built.")
        else:
            build_installer(figures, makensis)
    DIST.mkdir(exist_ok=True)
    FIGURES.write_text(json.dumps(asdict(figures), indent=2) + "\n", encoding="utf-8")
    print(report(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
