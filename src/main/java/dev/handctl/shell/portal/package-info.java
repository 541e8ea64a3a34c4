/**
 * The {@code org.freedesktop.portal.RemoteDesktop} portal (GNOME, KDE Plasma) as an output backend:
 * the session flow ({@link dev.handctl.shell.portal.PortalSession}: CreateSession, SelectDevices with
 * a restore token, Start), the action sink that sends relative motion, buttons, scroll and keys
 * ({@link dev.handctl.shell.portal.PortalActionSink}), and the D-Bus client behind the small
 * {@link dev.handctl.shell.portal.PortalClient} interface (dbus-java; nothing else in handctl
 * touches D-Bus).
 */
package dev.handctl.shell.portal;
