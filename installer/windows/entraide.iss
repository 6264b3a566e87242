; Inno Setup 6 script of the Windows installer, made from the bundle that installer\build.py
; builds on Windows (dist\entraide\). From the repository's root:
;     iscc /DAppVersion=0.1.0 installer\windows\entraide.iss
; gives dist\entraide-0.1.0-windows-x64-setup.exe. See docs/installing.md.
; Installed for the current user only (no administrator needed; the data is per user anyway),
; in French unless Windows speaks English.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef IconFile
  ; Rendered from resources\icons\entraide.svg by installer\build.py (installer\render_icons.py).
  #define IconFile "..\..\build\icons\entraide.ico"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6F0E8C2B-3A7D-4C51-9B1E-2D4F8A6C7E90}
AppName=Entraide
AppVersion={#AppVersion}
AppVerName=Entraide {#AppVersion}
AppPublisher=L'équipe Entraide
DefaultDirName={autopf}\Entraide
DefaultGroupName=Entraide
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\entraide.exe
UninstallDisplayName=Entraide
; The GPL, shown before installing (the About box links to it too).
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=entraide-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; The first language is the one used when Windows speaks neither: French.
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DeleteDataQuestion=Supprimer aussi les données d'Entraide (contacts, matériel, prêts, conventions et leurs sauvegardes) ?%n%n%1%n%nCliquez sur Non pour les garder : une nouvelle installation les retrouvera.
english.DeleteDataQuestion=Also delete Entraide's data (contacts, equipment, loans, agreements and their backups)?%n%n%1%n%nClick No to keep them: a new installation will find them again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\entraide\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade starts from a clean program folder: no module of the previous version lingers.
; The user's data lives elsewhere (%LOCALAPPDATA%\Entraide) and is never touched here.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Entraide"; Filename: "{app}\entraide.exe"
Name: "{autodesktop}\Entraide"; Filename: "{app}\entraide.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\entraide.exe"; Description: "{cm:LaunchProgram,Entraide}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder of app/paths.py on Windows (platformdirs: %LOCALAPPDATA%\Entraide). }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\Entraide');
end;

{ Uninstalling keeps the data unless the user says otherwise; a silent uninstall always keeps it. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and not UninstallSilent() then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(DataDir(), True, True, True);
      { The window's settings (size, language), kept by Qt in the registry. }
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\Entraide');
    end;
  end;
end;
