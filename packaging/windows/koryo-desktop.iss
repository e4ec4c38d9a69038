; Inno Setup script: a per-machine Windows installer for Koryo Desktop.
;
; Build it on Windows after the PyInstaller bundle (packaging/README.md, "Windows"):
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\koryo-desktop /DIconFile=..\..\build\pyinstaller\koryo-desktop.ico ^
;        /DOutputDir=..\..\dist packaging\windows\koryo-desktop.iss
;
; Silent install for school IT (no questions, no windows, Start-menu entries for everyone):
;   koryo-desktop-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /SP- /LOG="C:\Windows\Temp\koryo.log"
; and, to add a desktop shortcut too: /MERGETASKS="desktopicon". Silent uninstall:
;   "C:\Program Files\Koryo Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\koryo-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppName "Koryo Desktop"
#define AppExe "koryo-desktop.exe"

[Setup]
; the same AppId for every version, so that a new version installs over the old one
AppId={{6C0F2B1E-5A4D-4E8B-9F3C-2D7A1B8E4C90}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Koryo Desktop team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; per machine: Program Files and the Start menu of every user (needs an administrator)
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=koryo-desktop-{#AppVersion}-setup
#ifdef IconFile
SetupIconFile={#IconFile}
#endif
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; the app must not be running while its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
Name: "ko"; MessagesFile: "compiler:Languages\Korean.isl"
#endif

[CustomMessages]
en.KioskName=Koryo Desktop Kiosk
ru.KioskName=Koryo Desktop — киоск
en.KioskComment=Full screen for museum visitors; staff leave with Ctrl+Alt+Shift+Q and the PIN
ru.KioskComment=Полный экран для посетителей музея; сотрудники выходят по Ctrl+Alt+Shift+Q и PIN-коду
en.SetPinName=Koryo Desktop Kiosk — set the staff PIN
ru.SetPinName=Koryo Desktop — задать PIN-код киоска
en.Comment=Learn the history of the Korean diaspora of Central Asia, offline
ru.Comment=История корейской диаспоры Центральной Азии без интернета
#if FileExists(AddBackslash(CompilerPath) + "Languages\Korean.isl")
ko.KioskName=Koryo Desktop 키오스크
ko.KioskComment=박물관 관람객용 전체 화면. 직원은 Ctrl+Alt+Shift+Q와 PIN으로 나갑니다
ko.SetPinName=Koryo Desktop 키오스크 직원 PIN 설정
ko.Comment=중앙아시아 한인 디아스포라의 역사를 인터넷 없이 배웁니다
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:Comment}"
Name: "{group}\{cm:KioskName}"; Filename: "{app}\{#AppExe}"; Parameters: "--kiosk"; Comment: "{cm:KioskComment}"
Name: "{group}\{cm:SetPinName}"; Filename: "{app}\koryo-desktop-cli.exe"; Parameters: "kiosk set-pin"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
