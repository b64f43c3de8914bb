# Build the one-folder Workbench bundle on Windows: dist\Workbench\Workbench.exe,
# then (if Inno Setup 6 is installed) the installer dist\installer\Workbench-Setup-<version>.exe.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoInstaller
# PyPI's Windows torch wheels are CPU-only already; pass -TorchCpu to be explicit.
param(
    [string]$Python = "py -3.11",
    [string]$Venv = ".venv-build",
    [switch]$TorchCpu,
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$pyParts = $Python.Split(" ")
Invoke-Checked $pyParts[0] (@($pyParts[1..($pyParts.Length)] | Where-Object { $_ }) + @("-m", "venv", $Venv))
$py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $py @("-m", "pip", "install", "--upgrade", "pip")
if ($TorchCpu) {
    Invoke-Checked $py @("-m", "pip", "install", "torch==2.14.1", "torchvision==0.29.1",
        "--index-url", "https://download.pytorch.org/whl/cpu")
}
Invoke-Checked $py @("-m", "pip", "install", "-e", ".", "pyinstaller")
Invoke-Checked $py @("-m", "PyInstaller", "--noconfirm", "--clean",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\workbench.spec")
Write-Host "Built: dist\Workbench\Workbench.exe"

if (-not $NoInstaller) {
    $iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $iscc) {
        Write-Warning "Inno Setup 6 not found; skipping the installer (winget install JRSoftware.InnoSetup)"
    } else {
        $version = & $py -c "import importlib.metadata as m; print(m.version('workbench'))"
        Invoke-Checked $iscc @("/DAppVersion=$version", "packaging\installer.iss")
        Write-Host "Installer: dist\installer\Workbench-Setup-$version.exe"
    }
}
