; Inno Setup 6 script: the Windows installer of 工会办公 UnionOffice.
;
; Built by installer\build_windows.ps1 after PyInstaller has produced dist\UnionOffice\:
;   iscc /DAppVersion=0.1.0 installer\unionoffice.iss      ->  dist\UnionOffice-Setup-0.1.0.exe
;
; Every Source: below is a path of the PyInstaller output (installer\unionoffice.spec);
; tests\installer\test_frozen_build.py checks that against a real build, and
; tests\installer\test_iscc_wine.py compiles this script under Wine (/DDistDir=<staged folder>).
; Saved as UTF-8 with a byte-order mark so Inno Setup reads the Chinese text correctly.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; The tests compile with /DCompression=lzma2/fast: same files and code, a minute less.
#ifndef Compression
  #define Compression "lzma2/max"
#endif
#define AppName "工会办公 UnionOffice"
#define ShortName "工会办公"
#define AppExe "UnionOffice.exe"
#define CliExe "unionoffice-cli.exe"
#define ServerExe "unionoffice-server.exe"
#ifndef DistDir
  #define DistDir "..\dist\UnionOffice"
#endif
; The data folder the app uses on Windows (%APPDATA%, roaming): see foundation\platform_windows.py.
#define DataDir "{userappdata}\UnionOffice"
#define CacheDir "{localappdata}\UnionOffice"

[Setup]
; Never change AppId: upgrades find the earlier installation by it.
AppId={{6B1E2C9A-4F3D-4E8B-9C55-7D20A1F0C2E1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UnionOffice
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; {autopf} is Program Files for all users, %LOCALAPPDATA%\Programs for "only for me".
DefaultDirName={autopf}\UnionOffice
DefaultGroupName={#ShortName}
DisableProgramGroupPage=yes
; Clerks often have no administrator rights: installing for the current user is the default,
; the dialog (or /ALLUSERS on the command line) installs for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\LICENSE
SetupIconFile=unionoffice.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression={#Compression}
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=UnionOffice-Setup-{#AppVersion}
; Every file compiled into Setup, listed beside it (IT staff and tests\installer read it).
OutputManifestFile=UnionOffice-Setup-{#AppVersion}-manifest.txt
; An upgrade closes a running UnionOffice (Restart Manager) before replacing its files.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
; Judges open a scoring package by double-clicking it (see [Registry]).
ChangesAssociations=yes

[Languages]
; Inno Setup installs no Chinese texts: languages\ChineseSimplified.isl is our translation of its
; Default.isl (Inno Setup License). English comes first, so a message a newer Inno Setup adds shows
; in English until translated instead of failing the build.
Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.NoticesShortcut=第三方组件许可
chinesesimplified.JudgePackageType=工会办公评分包
chinesesimplified.RemoveDataCaption=卸载工会办公
chinesesimplified.RemoveDataIntro=程序文件将被删除。您的数据（数据库、备份、附件、设置）保存在：%n%1%n默认保留，重新安装后可继续使用。
chinesesimplified.RemoveDataCheck=同时删除我的数据（无法恢复）
chinesesimplified.RemoveDataConfirm=确定要永久删除数据文件夹“%1”吗？其中的数据库和所有备份都将被删除，无法恢复。
chinesesimplified.ButtonContinue=继续卸载
chinesesimplified.ButtonCancel=取消
english.NoticesShortcut=Third-party licences
english.JudgePackageType=UnionOffice scoring package
english.RemoveDataCaption=Uninstall UnionOffice
english.RemoveDataIntro=The program files will be removed. Your data (database, backups, attachments, settings) is kept in:%n%1%nIt stays unless you choose otherwise, so a new installation can use it again.
english.RemoveDataCheck=Also remove my data (cannot be undone)
english.RemoveDataConfirm=Permanently delete the data folder "%1"? The database and all its backups will be deleted and cannot be recovered.
english.ButtonContinue=Uninstall
english.ButtonCancel=Cancel

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder, so no file of an older build lingers beside the
; new one. Safe because the data never lives here.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
; The union server, for the machine that hosts it (docs/server.md); office PCs never start it.
Source: "{#DistDir}\{#ServerExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#DistDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#DistDir}\_internal\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "{#DistDir}\_internal\resources\THIRD_PARTY_NOTICES.md"; DestDir: "{app}"; DestName: "THIRD_PARTY_NOTICES.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#ShortName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:NoticesShortcut}"; Filename: "{app}\THIRD_PARTY_NOTICES.txt"
Name: "{group}\{cm:UninstallProgram,{#ShortName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#ShortName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .uojudge (core/judging/package.py: SUFFIX) opens in judge mode: offline scoring, no database, no login.
; HKA is the current user's classes for a per-user install, the machine's for an all-users one.
Root: HKA; Subkey: "Software\Classes\.uojudge"; ValueType: string; ValueName: ""; ValueData: "UnionOffice.JudgePackage"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.uojudge\OpenWithProgids"; ValueType: string; ValueName: "UnionOffice.JudgePackage"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\UnionOffice.JudgePackage"; ValueType: string; ValueName: ""; ValueData: "{cm:JudgePackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\UnionOffice.JudgePackage\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\UnionOffice.JudgePackage\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" --judge ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#ShortName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
var
  RemoveData: Boolean;

{ /REMOVEDATA lets a silent uninstall (/VERYSILENT) delete the data as well; without it data stays. }
function HasSwitch(const Name: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Name) = 0 then
      Result := True;
end;

{ A small dialog with the "remove my data" box, unticked, shown before anything is removed. }
function AskRemoveData(var Remove: Boolean): Boolean;
var
  Form: TSetupForm;
  Intro: TNewStaticText;
  Check: TNewCheckBox;
  ContinueButton, CancelButton: TNewButton;
begin
#if Ver >= EncodeVer(6, 6, 0)
  Form := CreateCustomForm(420, 170, False, False);
#else
  Form := CreateCustomForm;
  Form.ClientWidth := ScaleX(420);
  Form.ClientHeight := ScaleY(170);
#endif
  try
    Form.Caption := CustomMessage('RemoveDataCaption');
    Form.Position := poScreenCenter;

    Intro := TNewStaticText.Create(Form);
    Intro.Parent := Form;
    Intro.Left := ScaleX(12);
    Intro.Top := ScaleY(12);
    Intro.Width := Form.ClientWidth - ScaleX(24);
    Intro.AutoSize := False;
    Intro.Height := ScaleY(72);
    Intro.WordWrap := True;
    Intro.Caption := FmtMessage(CustomMessage('RemoveDataIntro'), [ExpandConstant('{#DataDir}')]);

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.Left := ScaleX(12);
    Check.Top := Intro.Top + Intro.Height + ScaleY(8);
    Check.Width := Form.ClientWidth - ScaleX(24);
    Check.Height := ScaleY(20);
    Check.Caption := CustomMessage('RemoveDataCheck');
    Check.Checked := False;

    ContinueButton := TNewButton.Create(Form);
    ContinueButton.Parent := Form;
    ContinueButton.Width := ScaleX(96);
    ContinueButton.Height := ScaleY(25);
    ContinueButton.Left := Form.ClientWidth - ScaleX(12 + 96 + 8 + 80);
    ContinueButton.Top := Form.ClientHeight - ScaleY(25 + 12);
    ContinueButton.Caption := CustomMessage('ButtonContinue');
    ContinueButton.ModalResult := mrOk;
    ContinueButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.Width := ScaleX(80);
    CancelButton.Height := ScaleY(25);
    CancelButton.Left := Form.ClientWidth - ScaleX(12 + 80);
    CancelButton.Top := ContinueButton.Top;
    CancelButton.Caption := CustomMessage('ButtonCancel');
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := ContinueButton;
    Result := Form.ShowModal() = mrOk;
    Remove := Check.Checked;
  finally
    Form.Free();
  end;
end;

function InitializeUninstall(): Boolean;
begin
  RemoveData := HasSwitch('/REMOVEDATA');
  Result := True;
  if UninstallSilent() then
    Exit;
  Result := AskRemoveData(RemoveData);
  if Result and RemoveData then
    RemoveData := MsgBox(FmtMessage(CustomMessage('RemoveDataConfirm'), [ExpandConstant('{#DataDir}')]),
                         mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Only after the program files are gone, and only when asked: the default keeps every byte of data. }
  if (CurUninstallStep = usPostUninstall) and RemoveData then
  begin
    DelTree(ExpandConstant('{#DataDir}'), True, True, True);
    DelTree(ExpandConstant('{#CacheDir}'), True, True, True);
  end;
end;
