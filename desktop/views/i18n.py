"""Interface languages: Bahasa Indonesia in the source, English from a Qt Linguist catalogue.

Every user-visible string is written in Bahasa Indonesia with ``self.tr(...)`` (or
``QCoreApplication.translate(context, ...)`` outside a QObject). English comes from
``resources/translations/meja_pengaduan_en.qm``, read through ``importlib.resources`` so it also
works from an installed or frozen app.

To refresh the catalogue after changing strings, from the repository root::

    pyside6-lupdate -source-language id_ID -target-language en_US desktop/views/*.py \
        -ts resources/translations/meja_pengaduan_en.ts
    (translate the new entries in Qt Linguist, or edit the .ts file)
    pyside6-lrelease resources/translations/meja_pengaduan_en.ts \
        -qm resources/translations/meja_pengaduan_en.qm

Commit both the .ts and the .qm file.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTranslator, Signal

DEFAULT_LANGUAGE = "id"
LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
"""Language code -> its own name (shown untranslated, as users look for their language)."""
CATALOGUE = "meja_pengaduan_{code}.qm"


def catalogue_bytes(code: str) -> bytes | None:
    """The compiled catalogue for ``code``, or ``None`` for the source language."""
    if code == DEFAULT_LANGUAGE:
        return None
    entry = files("resources") / "translations" / CATALOGUE.format(code=code)
    return entry.read_bytes() if entry.is_file() else None


class Translations(QObject):
    """Installs the translator for the chosen language; widgets retranslate on LanguageChange.

    Signals:
        languageChanged(str): the interface language is now this code ("id" or "en").
    """

    languageChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._translator: QTranslator | None = None
        self._data = b""  # QTranslator.load(data) does not copy; keep the bytes alive
        self._language = DEFAULT_LANGUAGE

    def uninstall(self) -> None:
        """Remove the translator from the application (when the app shuts down)."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
        self._language = DEFAULT_LANGUAGE

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, code: str) -> bool:
        """Switch to ``code``; unknown codes or a missing catalogue keep Indonesian.

        Returns:
            True when the requested language is now active.
        """
        if code not in LANGUAGES:
            code = DEFAULT_LANGUAGE
        if code == self._language and (code == DEFAULT_LANGUAGE or self._translator):
            return True
        app = QCoreApplication.instance()
        if self._translator is not None and app is not None:
            QCoreApplication.removeTranslator(self._translator)
        self._translator = None
        data = catalogue_bytes(code)
        active = code
        if data is not None:
            translator = QTranslator(self)
            self._data = data
            if translator.load(self._data):
                QCoreApplication.installTranslator(translator)
                self._translator = translator
            else:
                active = DEFAULT_LANGUAGE
        elif code != DEFAULT_LANGUAGE:
            active = DEFAULT_LANGUAGE
        self._language = active
        locale = QLocale.Language.English if active == "en" else QLocale.Language.Indonesian
        QLocale.setDefault(QLocale(locale))
        self.languageChanged.emit(active)
        return active == code
