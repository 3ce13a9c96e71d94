@echo off
rem `firebreak` in cmd and PowerShell (this folder is on PATH): the console-subsystem launcher, so output and
rem exit codes reach the terminal. %~dp0 is this folder, with a trailing backslash.
"%~dp0..\firebreak-cli.exe" %*
exit /b %ERRORLEVEL%
