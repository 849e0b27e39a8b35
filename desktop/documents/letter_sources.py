"""Reading a case's letter from the desk into :class:`LetterData`, masking where it must.

Confidentiality is decided here, once: a *rahasia* complainant's name, address, contact and NIK
are replaced on every letter that leaves the complaint team (the letter to the terlapor, a
forwarding letter, every tembusan copy — including copies of the reply — and anything a
viewer outside the team prints). Only the reply itself, printed by the complaint team, may
name them. The letter renderer never reads the desk.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from desktop.documents.data import LetterData, Letterhead, Signatory
from desktop.models.letters import (
    Letter,
    LetterForm,
    LetterKind,
    LetterVersion,
    SignatorySnapshot,
    pelapor_secrets,
    redact,
    unfilled_parts,
)
from desktop.models.problems import NotAllowedError
from desktop.models.vocabulary import Sifat

if TYPE_CHECKING:
    from desktop.models.accounts import User
    from desktop.models.case_fold import CaseState
    from desktop.models.desk import Desk


def kop(desk: Desk) -> Letterhead:
    """The office's letterhead (the forms' builder, so every document shows the same kop)."""
    from desktop.documents.sources import letterhead

    return letterhead(desk)


def find_letter(state: CaseState, letter_id: str | None) -> Letter:
    """The letter ``letter_id`` (or nomor surat) of the case; ``None``: the newest letter.

    Raises:
        NotAllowedError: when the case has no such letter (Indonesian message).
    """
    if not state.letters:
        raise NotAllowedError(
            "Belum ada surat pada pengaduan ini; buat konsep surat dulu (menu Surat)."
        )
    if letter_id is None:
        return list(state.letters.values())[-1]
    for letter in state.letters.values():
        if letter_id in (letter.letter_id, letter.nomor):
            return letter
    raise NotAllowedError(f"Surat '{letter_id}' tidak ditemukan pada pengaduan ini.")


def signatory(snapshot: SignatorySnapshot) -> Signatory:
    """The signature block; an ``a.n.`` line goes above the jabatan."""
    jabatan = snapshot.jabatan
    if snapshot.atas_nama:
        jabatan = f"a.n. {snapshot.atas_nama}\n{jabatan}"
    return Signatory(
        jabatan=jabatan, nama=snapshot.nama, pangkat=snapshot.pangkat, nip=snapshot.nip
    )


def sifat_label(value: str) -> str:
    return Sifat(value).label if value in Sifat._value2member_map_ else value


def version_data(
    head: Letterhead,
    version: LetterVersion,
    *,
    secrets: tuple[str, ...] = (),
    copy_for: str | None = None,
    draft: bool = False,
) -> LetterData:
    """One version as the renderer needs it; ``secrets`` are replaced wherever they appear.

    A version with parts still marked ``[[...]]`` always prints as KONSEP.
    """

    def clean(text: str) -> str:
        return redact(text, secrets) if secrets else text

    kepada = tuple(clean(line) for line in version.kepada)
    if version.di:
        kepada = (*kepada, "di", clean(version.di))
    gaps = unfilled_parts(version.hal, version.body, *version.kepada, *version.tembusan)
    return LetterData(
        kop=head,
        tempat=version.tempat,
        tanggal=version.tanggal,
        nomor=version.nomor,
        sifat=sifat_label(version.sifat),
        hal=clean(version.hal),
        kepada=kepada,
        body=clean(version.body),
        penandatangan=signatory(version.penandatangan),
        lampiran=clean(version.lampiran),
        tembusan=tuple(clean(line) for line in version.tembusan),
        copy_for=clean(copy_for) if copy_for is not None else None,
        draft=draft or bool(gaps),
    )


def _secrets(state: CaseState, kind: str, viewer: User, *, copy: bool) -> tuple[str, ...]:
    leaves_team = kind not in LetterKind._value2member_map_ or LetterKind(kind).leaves_team
    if copy or leaves_team or not viewer.role.complaint_team:
        return pelapor_secrets(state)
    return ()


def _version(letter: Letter, version: int | None) -> LetterVersion:
    try:
        return letter.version(version)
    except KeyError:
        raise NotAllowedError(
            f"Surat {letter.nomor} tidak mempunyai versi {version} "
            f"(ada {len(letter.versions)} versi)."
        ) from None


def letter_data(
    desk: Desk,
    case_id: str,
    viewer: User,
    *,
    letter_id: str | None = None,
    version: int | None = None,
    draft: bool = False,
) -> tuple[Letter, LetterData]:
    """The letter to print; an older version than the latest always prints as KONSEP."""
    state = desk.case_detail(case_id, viewer).state
    letter = find_letter(state, letter_id)
    chosen = _version(letter, version)
    data = version_data(
        kop(desk),
        chosen,
        secrets=_secrets(state, letter.kind, viewer, copy=False),
        draft=draft or chosen.version != letter.latest.version,
    )
    return letter, data


def tembusan_data(
    desk: Desk,
    case_id: str,
    viewer: User,
    *,
    letter_id: str | None = None,
    version: int | None = None,
    draft: bool = False,
) -> tuple[Letter, list[LetterData]]:
    """One copy per tembusan recipient, each marked with whom it is for."""
    state = desk.case_detail(case_id, viewer).state
    letter = find_letter(state, letter_id)
    chosen = _version(letter, version)
    if not chosen.tembusan:
        raise NotAllowedError(f"Surat {letter.nomor} tidak mempunyai tembusan.")
    secrets = _secrets(state, letter.kind, viewer, copy=True)
    head = kop(desk)
    stale = chosen.version != letter.latest.version
    copies = [
        version_data(head, chosen, secrets=secrets, copy_for=recipient, draft=draft or stale)
        for recipient in chosen.tembusan
    ]
    return letter, copies


def form_data(
    desk: Desk, case_id: str, viewer: User, form: LetterForm, *, letter_id: str | None = None
) -> LetterData:
    """An unsaved form as it would print (always KONSEP): the editor's live preview. A new
    letter shows the number it would get if saved now on this PC."""
    state = desk.case_detail(case_id, viewer).state
    if letter_id is not None:
        nomor = find_letter(state, letter_id).nomor
    else:
        nomor = desk.next_letter_nomor(form.tanggal, form.kode_klasifikasi)
    signer = SignatorySnapshot(user_id=form.penandatangan, jabatan="", nama="")
    if form.penandatangan:
        try:
            user = desk.user(form.penandatangan)
        except KeyError:
            pass
        else:
            signer = SignatorySnapshot(
                user.user_id, user.jabatan, user.name, user.pangkat, user.nip, form.atas_nama
            )
    head = kop(desk)
    version = LetterVersion(
        event_id="",
        letter_id=letter_id or "",
        version=0,
        kind=form.kind,
        nomor=nomor,
        tanggal=form.tanggal,
        tempat=form.tempat.strip() or head.kota,
        sifat=form.sifat,
        lampiran=form.lampiran.strip(),
        hal=form.hal.strip(),
        kepada=tuple(line.strip() for line in form.kepada if line.strip()),
        di=form.di.strip(),
        body=form.body,
        penandatangan=signer,
        tembusan=tuple(line.strip() for line in form.tembusan if line.strip()),
        author=viewer.user_id,
        at=desk.now(),
    )
    data = version_data(head, version, secrets=_secrets(state, form.kind, viewer, copy=False))
    return replace(data, draft=True)
