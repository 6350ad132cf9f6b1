#!/usr/bin/env bash
# Build Inroads as a one-folder app with PyInstaller.
#
#   packaging/build.sh [OUTDIR]
#
# The app lands in OUTDIR/dist/inroads/ (run OUTDIR/dist/inroads/inroads), PyInstaller's work
# files in OUTDIR/build/. OUTDIR defaults to packaging/ (packaging/dist, packaging/build; both
# are git-ignored).
#
# Which Python builds it:
#   - $PYTHON, if set (it must be able to import the app's dependencies);
#   - else the active virtual environment ($VIRTUAL_ENV);
#   - else a fresh venv in OUTDIR/build/venv, with the project installed into it.
# PyInstaller (and, on macOS and Windows, Pillow for the .icns/.ico icon) is pip-installed into
# that Python if missing. The project itself is installed (pip install -e .) only when that
# Python has no "inroads" distribution or a different version than pyproject.toml.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
out=${1:-$here}
mkdir -p "$out"
out=$(cd "$out" && pwd)
dist="$out/dist"
work="$out/build"

case "$(uname -s)" in
    MINGW* | MSYS* | CYGWIN*) bin=Scripts exe=.exe ;;
    *) bin=bin exe= ;;
esac

if [[ -n "${PYTHON:-}" ]]; then
    python=$PYTHON
elif [[ -n "${VIRTUAL_ENV:-}" ]]; then
    python="$VIRTUAL_ENV/$bin/python$exe"
else
    venv="$work/venv"
    if [[ ! -x "$venv/$bin/python$exe" ]]; then
        echo "build.sh: creating $venv" >&2
        "${BASE_PYTHON:-python3}" -m venv "$venv"
        "$venv/$bin/python$exe" -m pip install --quiet --upgrade pip
    fi
    python="$venv/$bin/python$exe"
fi
echo "build.sh: building with $("$python" -c 'import sys; print(sys.executable, sys.version.split()[0])')" >&2

# The project, installed at the version pyproject.toml names (its metadata goes into the bundle).
wanted=$("$python" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' "$repo/pyproject.toml")
installed=$("$python" -c 'from importlib.metadata import version; print(version("inroads"))' 2>/dev/null || true)
if [[ "$installed" != "$wanted" ]]; then
    echo "build.sh: installing the project (found '${installed:-nothing}', want $wanted)" >&2
    "$python" -m pip install --quiet -e "$repo"
fi

if ! "$python" -c 'import PyInstaller, sys; sys.exit(int(PyInstaller.__version__.split(".")[0]) < 6)' 2>/dev/null; then
    "$python" -m pip install --quiet "pyinstaller>=6"
fi
case "$(uname -s)" in
    Linux) ;;
    *) "$python" -c 'import PIL' 2>/dev/null || "$python" -m pip install --quiet pillow ;;
esac

rm -rf "$dist/inroads" "$dist/Inroads.app"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$here/inroads.spec"

app="$dist/inroads/inroads$exe"
"$app" --version
echo "build.sh: built $dist/inroads ($(du -sh "$dist/inroads" | cut -f1))" >&2
