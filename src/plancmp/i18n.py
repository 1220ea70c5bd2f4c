"""The language of the interface: English, or 简体中文 for Chinese-speaking users.

Only what a person reads about the run — help, errors, notes — is translated; tables,
reports, drafted files, CSV and JSON are content and stay as they are in every language.

The language is `PLANCMP_LANG` (zh or en), else the first of LANGUAGE, LC_ALL,
LC_MESSAGES and LANG that is set, as gettext reads them: one starting with `zh` gives
Chinese, anything else English. The catalog (locale/zh_CN/LC_MESSAGES/plancmp.mo) is
read the first time a message is shown in Chinese, so a run that shows none never
opens it and start-up does not pay for it.
"""

import errno
import os
from functools import cache
from typing import Protocol

LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


class _Catalog(Protocol):
    def gettext(self, message: str, /) -> str: ...


def language() -> str:
    """'zh' or 'en', read from the environment at each call (tests change it)."""
    chosen = os.environ.get("PLANCMP_LANG", "").strip().lower()
    if chosen:
        return "zh" if chosen.startswith("zh") else "en"
    for name in LOCALE_VARS:
        value = os.environ.get(name, "")
        if value:  # LANGUAGE may list several (zh_CN:en): the first one counts
            return "zh" if value.split(":")[0].lower().startswith("zh") else "en"
    return "en"


def chinese() -> bool:
    return language() == "zh"


def _(message: str) -> str:
    """The message in the user's language; in English, the message itself."""
    if not message or not chinese():
        return message
    return _catalog().gettext(message)


def N_(message: str) -> str:
    """Marks a message for the catalog where it is translated later, by `_(variable)`."""
    return message


OS_REASONS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the disk is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EISDIR: N_("it is a folder"),
}
"""The system's refusals a user meets, in words the catalog translates."""


def os_reason(exc: OSError) -> str:
    """Why the system refused, in the user's language: its own words (strerror) are
    English whatever the locale, so a Chinese message would end in English."""
    if chinese() and exc.errno in OS_REASONS:
        return _(OS_REASONS[exc.errno])
    return exc.strerror or str(exc)


@cache
def _catalog() -> _Catalog:
    import gettext
    from pathlib import Path

    path = Path(__file__).parent / "locale" / "zh_CN" / "LC_MESSAGES" / "plancmp.mo"
    try:
        with path.open("rb") as f:
            return gettext.GNUTranslations(f)
    except OSError:  # an install without the catalog still speaks, in English
        return gettext.NullTranslations()
