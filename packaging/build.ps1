# Build the one-folder Workbench bundle on Windows: dist\workbench\workbench.exe (the app, windowed)
# and dist\workbench\workbench-cli.exe (the same program for a terminal: workbench-cli --selftest),
# then (if Inno Setup 6 is installed) the installer dist\installer\Workbench-Setup-<version>.exe.
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 -NoInstaller
# PyPI's Windows torch wheels are CPU-only already; pass -TorchCpu to be explicit.
param(
    [string]$Python = "py -3.11",
    [string]$Venv = ".venv-build",
    [switch]$TorchCpu,
    [switch]$NoInstaller,
    [switch]$Clean
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    $pyParts = $Python.Split(" ")
    Invoke-Checked $pyParts[0] (@($pyParts[1..($pyParts.Length)] | Where-Object { $_ }) + @("-m", "venv", $Venv))
}
& $py -c "import PyInstaller, workbench" 2>$null
if ($LASTEXITCODE -ne 0) {
    Invoke-Checked $py @("-m", "pip", "install", "--upgrade", "pip")
    if ($TorchCpu) {
        Invoke-Checked $py @("-m", "pip", "install", "torch==2.14.1", "torchvision==0.29.1",
            "--index-url", "https://download.pytorch.org/whl/cpu")
    }
    Invoke-Checked $py @("-m", "pip", "install", "-e", ".[package]")
}
$pyiArgs = @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\workbench.spec")
if ($Clean) { $pyiArgs += "--clean" }
Invoke-Checked $py $pyiArgs
Invoke-Checked $py @("packaging\size_report.py", "dist\workbench", "--json", "dist\size-report.json")
Write-Host "Built: dist\workbench\workbench.exe and dist\workbench\workbench-cli.exe"

if (-not $NoInstaller) {
    $iscc = @(
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $iscc) {
        Write-Warning "Inno Setup 6 not found; skipping the installer (winget install JRSoftware.InnoSetup)"
    } else {
        $version = & $py -c "import workbench; print(workbench.__version__)"
        Invoke-Checked $iscc @("/DAppVersion=$version", "packaging\installer.iss")
        Write-Host "Installer: dist\installer\Workbench-Setup-$version.exe"
    }
}
