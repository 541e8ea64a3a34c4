/**
 * The per-user "start at login" item of each platform (XDG autostart, a launchd agent, the Windows
 * Run key) behind {@link dev.handctl.shell.login.LoginItem}, and the command line such an item starts
 * ({@link dev.handctl.shell.login.LaunchCommand}). Plain files and processes; no toolkit.
 */
package dev.handctl.shell.login;
