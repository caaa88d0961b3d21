"""Copy the pinned front-end assets from node_modules (installed by `npm ci`) into the app's static folder.

The app serves them itself: nothing is fetched from a CDN at run time.
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE = ROOT / "node_modules"
TARGET = ROOT / "citydiplomacy" / "static" / "vendor"

FILES = {
    "bootstrap/dist/css/bootstrap.min.css": "bootstrap/bootstrap.min.css",
    "bootstrap/dist/css/bootstrap.rtl.min.css": "bootstrap/bootstrap.rtl.min.css",
    "bootstrap/dist/js/bootstrap.bundle.min.js": "bootstrap/bootstrap.bundle.min.js",
    "chart.js/dist/chart.umd.min.js": "chartjs/chart.umd.min.js",
    "@majidh1/jalalidatepicker/dist/jalalidatepicker.min.js": "jalalidatepicker/jalalidatepicker.min.js",
    "@majidh1/jalalidatepicker/dist/jalalidatepicker.min.css": "jalalidatepicker/jalalidatepicker.min.css",
    "vazirmatn/fonts/webfonts/Vazirmatn-Regular.woff2": "vazirmatn/Vazirmatn-Regular.woff2",
    "vazirmatn/fonts/webfonts/Vazirmatn-Bold.woff2": "vazirmatn/Vazirmatn-Bold.woff2",
    "vazirmatn/fonts/ttf/Vazirmatn-Regular.ttf": "vazirmatn/Vazirmatn-Regular.ttf",
    "vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf": "vazirmatn/Vazirmatn-Bold.ttf",
    "vazirmatn/OFL.txt": "vazirmatn/OFL.txt",
    # DejaVu Sans: the PDFs' font for the scripts Vazirmatn lacks (Cyrillic, Greek, more Latin)
    "dejavu-fonts-ttf/ttf/DejaVuSans.ttf": "dejavu/DejaVuSans.ttf",
    "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf": "dejavu/DejaVuSans-Bold.ttf",
    "dejavu-fonts-ttf/LICENSE": "dejavu/LICENSE",
    "tom-select/dist/js/tom-select.complete.min.js": "tom-select/tom-select.complete.min.js",
    "tom-select/dist/css/tom-select.bootstrap5.min.css": "tom-select/tom-select.bootstrap5.min.css",
    "tom-select/LICENSE": "tom-select/LICENSE",
    # axe-core: the accessibility checks the browser tests inject into each page (not served to readers)
    "axe-core/axe.min.js": "axe-core/axe.min.js",
    "axe-core/LICENSE": "axe-core/LICENSE",
}


def main():
    missing = [src for src in FILES if not (NODE / src).exists()]
    if missing:
        sys.exit("Front-end assets are missing; run `npm ci` first: " + ", ".join(missing))
    for src, dst in FILES.items():
        target = TARGET / dst
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(NODE / src, target)
    print(f"copied {len(FILES)} asset files to {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
