"""The `archive-eval` an evaluation script measures: the one `--binary` names, else this checkout's
build (built first unless `--no-build`). Shared by eval-pages.py and eval-extraction.py."""
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def archive_eval(binary, no_build, configuration):
    if binary:
        return Path(binary)
    if not no_build:
        subprocess.run(["swift", "build", "-c", configuration, "--product", "archive-eval"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", configuration, "--show-bin-path"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
    return Path(bin_dir) / "archive-eval"
