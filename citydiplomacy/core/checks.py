"""System checks of the settings for uploaded files (`manage.py check`)."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, register


@register()
def private_files(app_configs=None, **kwargs):
    from .files import SENDFILE_MODES

    errors = []
    if settings.PRIVATE_FILES_SENDFILE not in SENDFILE_MODES:
        errors.append(
            Error(
                f"PRIVATE_FILES_SENDFILE is {settings.PRIVATE_FILES_SENDFILE!r}",
                hint="Use '' (Django sends the file), 'x-accel' (nginx) or 'x-sendfile' (Apache, lighttpd).",
                id="citydiplomacy.E001",
            )
        )
    media = Path(settings.MEDIA_ROOT).resolve()
    served = [Path(settings.STATIC_ROOT), *(Path(d) for d in settings.STATICFILES_DIRS)]
    for directory in served:
        directory = directory.resolve()
        if media == directory or directory in media.parents:
            errors.append(
                Error(
                    f"MEDIA_ROOT ({media}) is inside a served static directory ({directory})",
                    hint="Keep uploaded files outside STATIC_ROOT and STATICFILES_DIRS.",
                    id="citydiplomacy.E002",
                )
            )
    return errors
