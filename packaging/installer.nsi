; Meja Pengaduan installer (NSIS 3, Modern UI 2).
;
; Per-user: no administrator rights, installs into %LOCALAPPDATA%\Programs\Meja Pengaduan and
; registers itself in Apps & Features under HKCU. The office data (database, attachments,
; backups) lives in %LOCALAPPDATA%\Meja Pengaduan, a different folder that neither an upgrade
; nor the uninstaller touches unless the user ticks "Hapus juga data kantor".
;
; Built by packaging/build.py, which passes the version and the bundle folder:
;   makensis /DVERSION=0.1.0 /DBUNDLE=dist\meja-pengaduan /DOUTFILE=dist\x.exe packaging\installer.nsi
;
; Command line for IT staff:
;   MejaPengaduan-Setup-0.1.0.exe /S                  silent install (or upgrade), with shortcuts
;   MejaPengaduan-Setup-0.1.0.exe /S /NODESKTOP       ... without the desktop shortcut
;   MejaPengaduan-Setup-0.1.0.exe /S /D=C:\Apps\Meja  ... into another folder (must be last)
;   uninstall.exe /S                                  silent uninstall, the office data is kept
;   uninstall.exe /S /REMOVEDATA                      ... and the office data removed as well

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"  ; VIProductVersion wants four numbers
!endif
!ifndef BUNDLE
  !define BUNDLE "..\dist\meja-pengaduan"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\dist\MejaPengaduan-Setup-${VERSION}.exe"
!endif

!define APP_NAME "Meja Pengaduan"
!define APP_EXE "meja-pengaduan.exe"
!define PUBLISHER "Tim Meja Pengaduan"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\MejaPengaduan"
!define SETTINGS_KEY "Software\Meja Pengaduan"
; platformdirs.user_data_dir("Meja Pengaduan", appauthor=False, roaming=False) on Windows
!define DATA_DIR "$LOCALAPPDATA\Meja Pengaduan"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Penginstal ${APP_NAME}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; -- interface ------------------------------------------------------------------------------

!define MUI_ICON "..\resources\icons\meja-pengaduan.ico"
!define MUI_UNICON "..\resources\icons\meja-pengaduan.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${SETTINGS_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Installer Language"
!define MUI_LANGDLL_ALLLANGUAGES

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "$(RunApp)"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_PAGE_HEADER_TEXT "$(UnComponentsTitle)"
!define MUI_PAGE_HEADER_SUBTEXT "$(UnComponentsSubtitle)"
!define MUI_COMPONENTSPAGE_TEXT_TOP "$(UnComponentsTop)"
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default: Bahasa Indonesia. The selection dialog offers English.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgram ${LANG_INDONESIAN} "Program ${APP_NAME} (wajib)"
LangString SecProgram ${LANG_ENGLISH} "${APP_NAME} program (required)"
LangString SecDesktop ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecData ${LANG_INDONESIAN} "Hapus juga data kantor (semua pengaduan, lampiran, cadangan)"
LangString SecData ${LANG_ENGLISH} "Also remove the office data (all complaints, attachments, backups)"
LangString RunApp ${LANG_INDONESIAN} "Jalankan ${APP_NAME}"
LangString RunApp ${LANG_ENGLISH} "Start ${APP_NAME}"
LangString AppRunning ${LANG_INDONESIAN} "${APP_NAME} masih terbuka. Tutup aplikasinya, lalu klik Coba Lagi."
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME} is still open. Close it, then click Retry."
LangString NewerInstalled ${LANG_INDONESIAN} "Versi yang lebih baru ($0) sudah terpasang. Tetap pasang versi ${VERSION}? Data kantor tidak diubah, tetapi versi lama mungkin tidak dapat membaca data dari versi baru."
LangString NewerInstalled ${LANG_ENGLISH} "A newer version ($0) is already installed. Install version ${VERSION} anyway? The office data is not changed, but an older version may not read data written by the newer one."
LangString UnComponentsTitle ${LANG_INDONESIAN} "Data kantor"
LangString UnComponentsTitle ${LANG_ENGLISH} "Office data"
LangString UnComponentsSubtitle ${LANG_INDONESIAN} "Data pengaduan disimpan kecuali Anda memilih untuk menghapusnya."
LangString UnComponentsSubtitle ${LANG_ENGLISH} "The complaint data is kept unless you choose to remove it."
LangString UnComponentsTop ${LANG_INDONESIAN} "Program akan dihapus. Data kantor di ${DATA_DIR} tetap disimpan untuk pemasangan berikutnya. Centang kotak di bawah hanya bila data ini benar-benar tidak diperlukan lagi (sudah ada salinan di PC lain atau di folder bersama)."
LangString UnComponentsTop ${LANG_ENGLISH} "The program will be removed. The office data in ${DATA_DIR} is kept for a later installation. Tick the box below only if this data is truly no longer needed (another PC or the shared folder holds a copy)."
LangString DataKept ${LANG_INDONESIAN} "Data kantor tetap disimpan di ${DATA_DIR}."
LangString DataKept ${LANG_ENGLISH} "The office data is kept in ${DATA_DIR}."

Var PreviousVersion

; -- install --------------------------------------------------------------------------------

Section "!$(SecProgram)" SEC_PROGRAM
  SectionIn RO
  SetOutPath "$INSTDIR"
  Call RemoveOldProgram
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  SetShellVarContext current
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SEC_DESKTOP
  SetShellVarContext current
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

; An upgrade installs into the same folder: the previous program files go first (a module
; that the new version no longer has must not linger); the data folder is elsewhere.
Function RemoveOldProgram
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    retry:
      ClearErrors
      Delete "$INSTDIR\${APP_EXE}"
      ${If} ${Errors}
        MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
        SetErrorLevel 2
        Quit
      ${EndIf}
  ${EndIf}
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
FunctionEnd

Function SkipDirectoryOnUpgrade
  ${If} $PreviousVersion != ""
    Abort  ; an upgrade keeps the folder of the installed version
  ${EndIf}
FunctionEnd

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ReadRegStr $PreviousVersion HKCU "${UNINST_KEY}" "DisplayVersion"
  ReadRegStr $0 HKCU "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\${APP_EXE}"
    StrCpy $INSTDIR $0
  ${Else}
    StrCpy $PreviousVersion ""
  ${EndIf}
  ${If} $PreviousVersion != ""
    ${VersionCompare} "$PreviousVersion" "${VERSION}" $1
    ${If} $1 == 1  ; the installed one is newer
      StrCpy $0 $PreviousVersion
      MessageBox MB_YESNO|MB_ICONQUESTION "$(NewerInstalled)" /SD IDNO IDYES proceed
      SetErrorLevel 3
      Quit
      proceed:
    ${EndIf}
  ${EndIf}
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/NODESKTOP" $1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SEC_DESKTOP}
  ${EndIf}
FunctionEnd

; -- uninstall ------------------------------------------------------------------------------

Section "un.$(SecProgram)" UNSEC_PROGRAM
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  retry:
    ClearErrors
    Delete "$INSTDIR\${APP_EXE}"
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Quit
    ${EndIf}
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR\_internal"
  RMDir "$INSTDIR"  ; only when empty: never files the user put there
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
SectionEnd

Section /o "un.$(SecData)" UNSEC_DATA
  RMDir /r "${DATA_DIR}"
SectionEnd

Section "-un.Report"
  ${IfNot} ${SectionIsSelected} ${UNSEC_DATA}
    DetailPrint "$(DataKept)"
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    !insertmacro SelectSection ${UNSEC_DATA}
  ${EndIf}
FunctionEnd
