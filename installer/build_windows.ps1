# Builds the Windows installer from a clean checkout.
#
#   powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
#       -> dist\UnionOffice\ (the program folder) and dist\UnionOffice-Setup-<version>.exe
#
# Needs: 64-bit Python 3.11+ (py launcher or -Python), Inno Setup 6 (iscc.exe on PATH, in the
# default folder, or -Iscc). -SkipInstaller stops after PyInstaller. Inno Setup's Chinese texts
# are part of the checkout (installer\languages\ChineseSimplified.isl).
param(
    [string]$Python = "py -3.11",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

# 1. A private virtual environment with a regular install of the package and PyInstaller.
$Venv = Join-Path $Root "build\venv-freeze"
if (-not (Test-Path (Join-Path $Venv "Scripts\python.exe"))) {
    Invoke-Expression "$Python -m venv `"$Venv`""
    if ($LASTEXITCODE -ne 0) { throw "创建虚拟环境失败" }
}
$Py = Join-Path $Venv "Scripts\python.exe"
& $Py -m pip install -q --upgrade pip
& $Py -m pip install -q -c "$Root\constraints.txt" "$Root[freeze]"
if ($LASTEXITCODE -ne 0) { throw "安装依赖失败" }

# 2. The program folder dist\UnionOffice\ (installer\unionoffice.spec).
& $Py -m PyInstaller --noconfirm --clean --distpath "$Root\dist" --workpath "$Root\build\pyinstaller" installer\unionoffice.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller 打包失败" }

# 3. Self-test through the console executable (the windowed one has no console to print to).
$env:UNIONOFFICE_DATA_DIR = Join-Path $env:TEMP ("unionoffice-selftest-" + [guid]::NewGuid())
& "$Root\dist\UnionOffice\unionoffice-cli.exe" --self-test
$SelfTest = $LASTEXITCODE
Remove-Item -Recurse -Force $env:UNIONOFFICE_DATA_DIR -ErrorAction SilentlyContinue
Remove-Item Env:\UNIONOFFICE_DATA_DIR
if ($SelfTest -ne 0) { throw "自检失败" }
$Size = (Get-ChildItem -Recurse "$Root\dist\UnionOffice" | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("程序文件夹：{0:N0} MiB" -f $Size)
if ($SkipInstaller) { exit 0 }

# 4. The installer dist\UnionOffice-Setup-<version>.exe.
if (-not $Iscc) {
    $Found = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($Found) { $Iscc = $Found.Source }
    else {
        foreach ($Candidate in @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                                 "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe")) {
            if (Test-Path $Candidate) { $Iscc = $Candidate; break }
        }
    }
}
if (-not $Iscc) { throw "找不到 Inno Setup 6 的 ISCC.exe（用 -Iscc 指定）" }
$Version = & $Py -c "import unionoffice; print(unionoffice.__version__)"
& $Iscc "/DAppVersion=$Version" installer\unionoffice.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup 编译失败" }
Write-Host "安装包：$Root\dist\UnionOffice-Setup-$Version.exe"
