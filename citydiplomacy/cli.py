"""The `citydiplomacy` console command: Django's management commands under one name."""

import os
import sys

# Hyphenated names people type for Django's underscored commands.
ALIASES = {
    "import-missions": "import_missions",
    "council-report": "council_report",
    "events-report": "events_report",
    "exports-report": "exports_report",
}


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "citydiplomacy.settings")
    from django.core.management import execute_from_command_line

    argv[0] = "citydiplomacy"
    if len(argv) > 1:
        argv[1] = ALIASES.get(argv[1], argv[1])
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
